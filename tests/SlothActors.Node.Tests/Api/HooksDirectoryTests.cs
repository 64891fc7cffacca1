using System.Net;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Api;

public class HooksDirectoryTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Hook_files_are_registered_at_start_and_followed_through_edits_and_deletes()
    {
        var node = new EngineNode(followHooks: true);
        Directory.CreateDirectory(node.HooksDir);
        var path = Path.Combine(node.HooksDir, "followed.lua");
        await File.WriteAllTextAsync(path, EngineNode.Hook("followed", "dir.event", "return true, \"version 1\""));
        await using var running = node;
        await node.InitializeAsync();

        // Registered before the node served its first request.
        var first = await node.GetJsonAsync("/hooks/followed");
        first.GetProperty("file_path").GetString().ShouldBe(path);

        await File.WriteAllTextAsync(path, EngineNode.Hook("followed", "dir.event", "return true, \"version 2\""));
        await UntilAsync(node, async () =>
            (await node.GetJsonAsync("/hooks/followed")).GetProperty("script").GetString()!.Contains("version 2", StringComparison.Ordinal));
        var id = await node.DispatchAsync("""{"event_type": "dir.event"}""");
        await node.FinishedAsync(id);
        (await node.GetJsonAsync($"/events/{id}/executions")).GetProperty("executions")[0].GetProperty("output").GetString().ShouldBe("version 2");

        File.Delete(path);
        await UntilAsync(node, async () =>
        {
            using var response = await node.Client.GetAsync("/hooks/followed");
            return response.StatusCode == HttpStatusCode.NotFound;
        });
    }

    [Fact]
    public async Task An_invalid_hook_file_is_skipped_and_registered_once_fixed()
    {
        var node = new EngineNode(followHooks: true);
        Directory.CreateDirectory(node.HooksDir);
        var path = Path.Combine(node.HooksDir, "broken.lua");
        await File.WriteAllTextAsync(path, "local hook = {\n");
        await using var running = node;
        await node.InitializeAsync();
        (await node.GetJsonAsync("/hooks")).GetProperty("count").GetInt32().ShouldBe(0);

        await File.WriteAllTextAsync(path, EngineNode.Hook("fixed", "dir.fixed"));
        await UntilAsync(node, async () => (await node.GetJsonAsync("/hooks")).GetProperty("count").GetInt32() == 1);
    }

    private static Task UntilAsync(EngineNode node, Func<Task<bool>> condition) =>
        Poll.UntilAsync(condition, "the hooks directory change was picked up", Deadline, diagnostics: async () => "hooks: " + await node.Client.GetStringAsync("/hooks"));
}
