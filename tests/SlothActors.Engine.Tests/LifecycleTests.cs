using Akka.Actor;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Tests.Support;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests;

public sealed class LifecycleTests : EngineTestKit
{
    private static readonly HookDefinition[] AnyEvent = [TestEvents.Hook("watch-all", ["*"])];

    [Fact]
    public async Task Events_left_processing_by_a_previous_process_are_recovered_and_processed()
    {
        var runner = new RecordingRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, start: false);
        var orphans = TestEvents.Many(5).Select(e => e with { Status = EventStatus.Processing, Attempts = 1 }).ToList();
        await harness.Journal.AppendAsync(orphans, "a-dead-node", CancellationToken.None);

        await harness.Host.StartAsync(CancellationToken.None);
        await harness.WaitUntilFinishedAsync(5);

        foreach (var orphan in orphans)
        {
            var stored = await harness.EventAsync(orphan.Id);
            stored.Status.ShouldBe(EventStatus.Completed);
            stored.Attempts.ShouldBe(2);
            runner.RunsOf(orphan.Id).ShouldBe(1);
        }
    }

    [Fact]
    public async Task Graceful_shutdown_past_its_grace_period_returns_unfinished_events_to_pending_and_runs_none_of_them_after()
    {
        var runner = new GatedRunner();
        var options = EngineHarness.TestOptions().WithWorkers(4).WithCapacity(20).WithGracePeriod(TimeSpan.FromMilliseconds(200));
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, options);
        try
        {
            await harness.AcceptAsync(TestEvents.Many(100));
            await Poll.UntilAsync(() => runner.Running == 4, "four hooks running");

            await harness.Host.StopAsync(CancellationToken.None);

            (await harness.CountAsync(EventStatus.Processing)).ShouldBe(0);
            (await harness.CountAsync(EventStatus.Pending)).ShouldBe(100);
            await Should.ThrowAsync<Ingress.EngineUnavailableException>(() => harness.AcceptAsync(TestEvents.Many(1)).AsTask());

            // The four runs cut off by the stop now return: nothing may record them, and none of
            // the sixteen events that waited in the workers' mailboxes may have started.
            runner.Open();
            await Poll.UntilAsync(() => runner.Running == 0, "the cut-off runs returned");
            runner.Started.ShouldBe(4);
            (await harness.CountAsync(EventStatus.Pending)).ShouldBe(100);
        }
        finally
        {
            runner.Open();
        }
    }

    [Fact]
    public async Task Graceful_shutdown_within_its_grace_period_finishes_in_flight_events_and_leaves_the_backlog_pending()
    {
        var runner = new RecordingRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, EngineHarness.TestOptions().WithCapacity(10));
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => harness.AcceptAsync(TestEvents.Many(30)).AsTask()));

        await harness.Host.StopAsync(CancellationToken.None);

        (await harness.CountAsync(EventStatus.Processing)).ShouldBe(0);
        (await harness.CountAsync(EventStatus.Failed)).ShouldBe(0);
        var completed = await harness.CountAsync(EventStatus.Completed);
        completed.ShouldBe(runner.Runs.Count);
        (completed + await harness.CountAsync(EventStatus.Pending)).ShouldBe(300);
    }

    [Fact]
    public async Task A_coordinated_shutdown_started_by_anyone_stops_accepting_drains_in_flight_events_and_terminates()
    {
        var runner = new GatedRunner();
        var options = EngineHarness.TestOptions().WithWorkers(2).WithCapacity(10);
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, options);
        await harness.AcceptAsync(TestEvents.Many(6));
        await Poll.UntilAsync(() => runner.Running == 2, "two hooks running");

        // As SIGTERM through the host, or a cluster downing this node, would.
        var shutdown = CoordinatedShutdown.Get(Sys).Run(CoordinatedShutdown.ClrExitReason.Instance);

        var acceptedMeanwhile = 0;
        await Poll.UntilAsync(
            async () =>
            {
                try
                {
                    await harness.AcceptAsync(TestEvents.Many(1));
                    acceptedMeanwhile++;
                    return false;
                }
                catch (Ingress.EngineUnavailableException)
                {
                    return true;
                }
            },
            "new events refused");
        shutdown.IsCompleted.ShouldBeFalse("the drain waits for the running hooks");
        runner.Open();
        await shutdown.WaitAsync(TimeSpan.FromSeconds(20));

        Sys.WhenTerminated.IsCompleted.ShouldBeTrue();
        (await harness.CountAsync(EventStatus.Processing)).ShouldBe(0);
        (await harness.CountAsync(EventStatus.Failed)).ShouldBe(0);
        // The six in flight finished; of what got in before the gate closed, the events written
        // after the shutdown began wait pending for the next start.
        var completed = await harness.CountAsync(EventStatus.Completed);
        completed.ShouldBeGreaterThanOrEqualTo(6);
        (completed + await harness.CountAsync(EventStatus.Pending)).ShouldBe(6 + acceptedMeanwhile);
    }

    [Fact]
    public async Task The_ingress_refuses_events_before_start()
    {
        await using var harness = await EngineHarness.StartAsync(Sys, new RecordingRunner(), AnyEvent, start: false);

        await Should.ThrowAsync<Ingress.EngineUnavailableException>(() => harness.AcceptAsync(TestEvents.Many(1)).AsTask());
    }

    [Fact]
    public async Task The_ingress_refuses_with_overload_when_the_unwritten_buffer_is_full()
    {
        var options = EngineHarness.TestOptions() with { MaxBufferedEvents = 5 };
        await using var harness = await EngineHarness.StartAsync(Sys, new RecordingRunner(), AnyEvent, options);
        harness.Controlled.HoldAppends();
        var writing = harness.AcceptAsync(TestEvents.Many(5)).AsTask();
        await harness.Controlled.FirstAppendStarted.WaitAsync(EngineHarness.FirstWriteDeadline);
        var buffered = harness.AcceptAsync(TestEvents.Many(5)).AsTask();

        await Should.ThrowAsync<Ingress.EngineOverloadedException>(() => harness.AcceptAsync(TestEvents.Many(1)).AsTask());

        harness.Controlled.ReleaseAppends();
        await Task.WhenAll(writing, buffered).WaitAsync(EngineHarness.FirstWriteDeadline);
        await harness.WaitUntilFinishedAsync(10);
    }

    [Fact]
    public async Task The_ingress_refuses_events_without_an_id_or_type()
    {
        await using var harness = await EngineHarness.StartAsync(Sys, new RecordingRunner(), AnyEvent);

        await Should.ThrowAsync<ArgumentException>(() => harness.AcceptAsync([TestEvents.Of("task.completed", id: "")]).AsTask());
        await Should.ThrowAsync<ArgumentException>(() => harness.AcceptAsync(TestEvents.Many(EngineOptions.MaxEventsPerCall + 1)).AsTask());
    }
}
