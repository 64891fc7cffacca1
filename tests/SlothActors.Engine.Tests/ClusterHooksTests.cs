using SlothActors.Engine.Hosting;
using SlothActors.Engine.Tests.Support;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests;

/// <summary>
/// What a PostgreSQL cluster node needs from the engine at start: its read model is shared, so
/// only the processing rows it left itself go back to pending (and run, through the start-up
/// sweep); the rows of the other nodes are events they are running now.
/// </summary>
public sealed class ClusterHooksTests : EngineTestKit
{
    private static readonly HookDefinition[] AnyEvent = [TestEvents.Hook("watch-all", ["*"])];

    [Fact]
    public async Task Owner_only_recovery_releases_this_owners_events_and_leaves_the_other_nodes_events_alone()
    {
        var runner = new RecordingRunner();
        var options = EngineHarness.TestOptions().WithRecovery(StartupRecovery.OwnEvents, "node-a");
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, options, start: false);
        var mine = TestEvents.Many(3).Select(e => e with { Status = EventStatus.Processing, Attempts = 1 }).ToList();
        var theirs = TestEvents.Many(4).Select(e => e with { Status = EventStatus.Processing, Attempts = 1 }).ToList();
        await harness.Journal.AppendAsync(mine, "node-a", CancellationToken.None);
        await harness.Journal.AppendAsync(theirs, "node-b", CancellationToken.None);

        await harness.Host.StartAsync(CancellationToken.None);
        await harness.WaitUntilFinishedAsync(3);

        foreach (var evt in theirs)
        {
            (await harness.EventAsync(evt.Id)).Status.ShouldBe(EventStatus.Processing);
        }

        (await harness.Journal.ReleaseOwnerAsync("node-b", CancellationToken.None)).ShouldBe(theirs.Count);
    }
}
