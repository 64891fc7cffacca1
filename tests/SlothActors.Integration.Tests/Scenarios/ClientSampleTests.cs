using System.Text.Json;
using SlothActors.Client.Sample;
using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Scenarios;

/// <summary>Issue 8's acceptance: the client sample, run against <c>sloth node run</c>, shows its events in <c>sloth events list</c>.</summary>
public sealed class ClientSampleTests : IAsyncLifetime
{
    private NodeProcess _node = null!;

    public async Task InitializeAsync() => _node = await NodeProcess.StartAsync();

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        Directory.Delete(_node.DataDir, recursive: true);
    }

    [Fact]
    public async Task The_sample_program_emits_events_that_sloth_events_list_shows()
    {
        File.Exists(Repo.SampleDll).ShouldBeTrue(Repo.SampleDll);

        var sample = await SlothCommand.RunProcessAsync("dotnet", [Repo.SampleDll, _node.Url], new Dictionary<string, string?>(), Repo.Root);
        sample.ExitCode.ShouldBe(0, sample + "\n--- node log\n" + _node.Log);
        sample.Out.ShouldContain($"{SampleRun.EventTypes.Count} of {SampleRun.EventTypes.Count} events stored, 0 failed");

        var list = await SlothCommand.RunAsync(_node.RemoteAddress, "events", "list", "--output", "json", "--limit", "1000");
        list.ExitCode.ShouldBe(0, list.ToString());
        using var reply = JsonDocument.Parse(list.Out);
        var types = reply.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        types.ShouldBe(SampleRun.EventTypes, ignoreOrder: true);

        var table = await SlothCommand.RunAsync(_node.RemoteAddress, "events", "list");
        table.ExitCode.ShouldBe(0, table.ToString());
        SampleRun.EventTypes.ShouldAllBe(type => table.Out.Contains(type));
    }
}
