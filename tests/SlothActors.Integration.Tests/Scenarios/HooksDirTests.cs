using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Scenarios;

[Collection(SharedNodeCollection.Name)]
public class HooksDirTests(SharedNode shared)
{
    [Fact]
    public async Task The_node_follows_an_edit_of_a_hook_file_in_its_hooks_dir()
    {
        var path = Path.Combine(shared.HooksDir, "followed.lua");
        await File.WriteAllTextAsync(path, SharedNode.Hook("followed_file", "follow.event", "return true, \"first version\""));
        await shared.UntilAsync("the new hook file registering", async () => await shared.GetJsonAsync("/hooks/followed_file") is not null);
        (await shared.SlothAsync("events", "dispatch", "follow.event", "--id", "follow-1")).ExitCode.ShouldBe(0);
        await shared.FinishedAsync("follow-1");
        (await shared.SlothAsync("events", "get", "follow-1")).ExitCode.ShouldBe(0);
        (await OutputOf("follow-1")).ShouldBe("first version");

        await File.WriteAllTextAsync(path, SharedNode.Hook("followed_file", "follow.event", "return true, \"second version\""));
        await shared.UntilAsync("the edit registering", async () =>
            (await shared.GetJsonAsync("/hooks/followed_file"))?.GetProperty("script").GetString()?.Contains("second version", StringComparison.Ordinal) == true);
        (await shared.SlothAsync("events", "dispatch", "follow.event", "--id", "follow-2")).ExitCode.ShouldBe(0);
        await shared.FinishedAsync("follow-2");
        (await OutputOf("follow-2")).ShouldBe("second version");

        File.Delete(path);
        await shared.UntilAsync("the deleted file's hook going away", async () => await shared.GetJsonAsync("/hooks/followed_file") is null);
    }

    private async Task<string?> OutputOf(string eventId) =>
        (await shared.GetJsonAsync($"/events/{eventId}/executions"))!.Value.GetProperty("executions")[0].GetProperty("output").GetString();
}
