using SlothActors.Engine.Tests.Support;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests;

public sealed class CapacityTests : EngineTestKit
{
    private static readonly HookDefinition[] AnyEvent = [TestEvents.Hook("watch-all", ["*"])];

    [Fact]
    public async Task With_a_blocking_runner_exactly_as_many_events_as_workers_are_in_flight()
    {
        var runner = new GatedRunner();
        var options = EngineHarness.TestOptions().WithWorkers(4).WithExecutionThreads(16).WithCapacity(100);
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, options);

        await harness.AcceptAsync(TestEvents.Many(40));
        await Poll.UntilAsync(() => runner.Running == 4, "four hooks running");

        // The other 36 events wait in the workers' mailboxes: no fifth hook may start.
        await Poll.NeverWithinAsync(() => runner.Started > 4, "a fifth hook starting", TimeSpan.FromMilliseconds(300));
        runner.Open();
        await harness.WaitUntilFinishedAsync(40);
        runner.MaxConcurrent.ShouldBe(4);
        runner.Started.ShouldBe(40);
    }

    [Fact]
    public async Task Capacity_10_and_5000_events_all_complete_through_the_fallback_without_exceeding_the_capacity()
    {
        var runner = new RecordingRunner();
        var options = EngineHarness.TestOptions().WithWorkers(4).WithCapacity(10);
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, options);

        var batches = Enumerable.Range(0, 50).Select(_ => TestEvents.Many(100)).ToList();
        await Task.WhenAll(batches.Select(b => harness.AcceptAsync(b).AsTask()));
        await harness.WaitUntilFinishedAsync(5000, TimeSpan.FromSeconds(40));

        var status = await harness.Host.GetStatusAsync(CancellationToken.None);
        (await harness.CountAsync(EventStatus.Completed)).ShouldBe(5000);
        runner.Runs.Count.ShouldBe(5000);
        status.PeakInFlight.ShouldBeLessThanOrEqualTo(10);
        status.ClaimedByFallback.ShouldBeGreaterThan(4000);
        status.InFlight.ShouldBe(0);
        status.PendingInJournal.ShouldBe(0);
    }
}
