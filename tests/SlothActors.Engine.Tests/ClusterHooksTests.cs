using SlothActors.Engine.Hosting;
using SlothActors.Engine.Tests.Support;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests;

/// <summary>
/// What a PostgreSQL cluster node needs from the engine, whose acceptance is the shared read
/// model (<see cref="AcceptanceJournal.ReadModel"/>): owner-only recovery and an immediate fallback claim.
/// </summary>
public sealed class ClusterHooksTests : EngineTestKit
{
    private static readonly HookDefinition[] AnyEvent = [TestEvents.Hook("watch-all", ["*"])];

    private static readonly EngineOptions ReadModelOptions = EngineHarness.TestOptions().WithAcceptance(AcceptanceJournal.ReadModel);

    [Fact]
    public async Task Owner_only_recovery_releases_this_owners_events_and_leaves_the_other_nodes_events_alone()
    {
        var runner = new RecordingRunner();
        var options = ReadModelOptions.WithRecovery(StartupRecovery.OwnEvents, "node-a");
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

    [Fact]
    public async Task Waking_the_fallback_claims_events_another_node_left_pending_without_waiting_for_the_tick()
    {
        var runner = new RecordingRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, ReadModelOptions);
        await harness.AcceptAsync(TestEvents.Many(1));
        await harness.WaitUntilFinishedAsync(1);

        await harness.Journal.AppendAsync(TestEvents.Many(6), null, CancellationToken.None);
        await Poll.NeverWithinAsync(() => runner.Runs.Count > 1, "a claim before the wake (the tick is minutes away)", TimeSpan.FromMilliseconds(300));
        harness.Host.WakeFallback();

        await harness.WaitUntilFinishedAsync(7);
    }
}
