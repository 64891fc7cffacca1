using SlothActors.Engine.Hosting;
using SlothActors.Engine.Tests.Support;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests;

/// <summary>Acceptance on the dispatcher partitions' Akka journal: the backlog, idempotency across restarts, the bounded journal.</summary>
public sealed class PartitionTests : EngineTestKit
{
    private static readonly HookDefinition[] AnyEvent = [TestEvents.Hook("watch-all", ["*"])];

    [Fact]
    public async Task A_backlog_is_routed_without_a_claim_or_a_second_write_of_its_events()
    {
        var runner = new RecordingRunner();
        var options = EngineHarness.TestOptions().WithCapacity(10).WithWorkers(4);
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, options);
        var events = TestEvents.Many(2000);

        // Fifty calls of forty while only ten fit: almost all of it is backlog.
        await Task.WhenAll(events.Chunk(40).Select(batch => harness.AcceptAsync(batch).AsTask()));
        await harness.WaitUntilFinishedAsync(events.Count, TimeSpan.FromSeconds(60));

        harness.Controlled.AppendedRows.ShouldBe(events.Count, "each event's row written once, by its projection");
        harness.Controlled.ClaimsAndReleases.ShouldBe(0);
        runner.Runs.Count.ShouldBe(events.Count);
        (await harness.Host.GetStatusAsync(CancellationToken.None)).PeakInFlight.ShouldBeLessThanOrEqualTo(10);
    }

    [Fact]
    public async Task A_repeated_id_after_a_restart_is_acknowledged_and_not_run_again()
    {
        await using var engine = await RestartableEngine.CreateAsync(AnyEvent);
        var first = new RecordingRunner();
        var evt = TestEvents.Of("task.failed", id: "once-only");
        await (await engine.StartAsync(first)).Ingress.AcceptAsync([evt], CancellationToken.None);
        await Poll.UntilAsync(async () => (await engine.Journal.GetEventAsync(evt.Id, CancellationToken.None))?.Status == EventStatus.Completed, "the event completed");
        await engine.StopAsync();

        var second = new RecordingRunner();
        var host = await engine.StartAsync(second);
        await host.Ingress.AcceptAsync([evt with { Data = """{"again":true}""" }], CancellationToken.None);
        var marker = TestEvents.Of("task.completed");
        await host.Ingress.AcceptAsync([marker], CancellationToken.None);
        await Poll.UntilAsync(async () => (await engine.Journal.GetEventAsync(marker.Id, CancellationToken.None))?.Status == EventStatus.Completed, "the marker completed");

        first.RunsOf(evt.Id).ShouldBe(1);
        second.RunsOf(evt.Id).ShouldBe(0);
        second.RunsOf(marker.Id).ShouldBe(1);
        (await engine.Journal.ExecutionsOfAsync(evt.Id, CancellationToken.None)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_event_whose_outcome_could_not_be_recorded_runs_again_after_a_restart()
    {
        await using var engine = await RestartableEngine.CreateAsync(AnyEvent);
        var poison = TestEvents.Of("task.failed");
        var first = new RecordingRunner();
        var host = await engine.StartAsync(first);
        engine.Controlled!.FailRecording = outcomes => outcomes.Any(o => o.EventId == poison.Id) ? new InvalidOperationException("row too large") : null;
        await host.Ingress.AcceptAsync([poison], CancellationToken.None);
        await Poll.UntilAsync(async () => (await host.GetStatusAsync(CancellationToken.None)).InFlight == 0 && first.RunsOf(poison.Id) == 1, "the poison ran and freed its slot");
        await engine.StopAsync();

        var second = new RecordingRunner();
        await engine.StartAsync(second);
        await Poll.UntilAsync(async () => (await engine.Journal.GetEventAsync(poison.Id, CancellationToken.None))?.Status == EventStatus.Completed, "the poison completed after the restart");
        second.RunsOf(poison.Id).ShouldBe(1);
    }

    [Fact]
    public async Task A_partition_whose_write_is_refused_fails_its_producers_and_restarts_from_its_journal()
    {
        var runner = new RecordingRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, EngineHarness.TestOptions().WithPartitions(1));

        // The journal's serializer refuses an unknown severity, so the partition's write is
        // rejected: nothing is written, and the write's handler never runs.
        var unwritable = TestEvents.Of("task.failed") with { Severity = (EventSeverity)99 };
        var refused = await Should.ThrowAsync<Ingress.EngineUnavailableException>(
            () => harness.AcceptAsync([unwritable]).AsTask().WaitAsync(EngineHarness.FirstWriteDeadline));
        refused.Message.ShouldContain("journal write failed");

        // Until the partition is back (a second later, recovered from its journal) its events
        // are refused the same way, and a producer retries, as a client of a 503 does.
        var next = TestEvents.Of("task.completed");
        await AcceptOnceRestartedAsync(harness, next);
        await Poll.UntilAsync(async () => (await harness.Journal.GetEventAsync(next.Id, CancellationToken.None))?.Status == EventStatus.Completed, "the next event completed");
        runner.RunsOf(unwritable.Id).ShouldBe(0);
        (await harness.Journal.GetEventAsync(unwritable.Id, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task A_partition_whose_journal_write_fails_fails_its_producers_and_restarts_from_its_journal_once_the_disk_heals()
    {
        var runner = new RecordingRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, EngineHarness.TestOptions().WithPartitions(1));
        var before = TestEvents.Of("task.completed");
        await harness.AcceptAsync([before]).AsTask().WaitAsync(EngineHarness.FirstWriteDeadline);
        await Poll.UntilAsync(async () => (await harness.Journal.GetEventAsync(before.Id, CancellationToken.None))?.Status == EventStatus.Completed, "the first event completed");

        // The write fails in the database, not in the serializer: Akka stops the partition
        // (OnPersistFailure), since whether the write landed is unknown.
        AkkaJournalFile.FailWrites(AkkaDatabasePath);
        var failed = TestEvents.Of("task.failed");
        var refused = await Should.ThrowAsync<Ingress.EngineUnavailableException>(
            () => harness.AcceptAsync([failed]).AsTask().WaitAsync(EngineHarness.FirstWriteDeadline));
        refused.Message.ShouldContain("journal write failed");

        AkkaJournalFile.HealWrites(AkkaDatabasePath);
        var next = TestEvents.Of("task.completed");
        await AcceptOnceRestartedAsync(harness, next);
        await Poll.UntilAsync(async () => (await harness.Journal.GetEventAsync(next.Id, CancellationToken.None))?.Status == EventStatus.Completed, "the next event completed");

        runner.RunsOf(failed.Id).ShouldBe(0, "never acknowledged, never journaled");
        (await harness.Journal.GetEventAsync(failed.Id, CancellationToken.None)).ShouldBeNull();
        runner.RunsOf(before.Id).ShouldBe(1, "recovery found it finished and did not run it again");
        AkkaJournalFile.AcceptedIds(AkkaDatabasePath, new Partitions.Serialization.PartitionSerializer((Akka.Actor.ExtendedActorSystem)Sys))
            .OrderBy(id => id, StringComparer.Ordinal).ShouldBe(new[] { before.Id, next.Id }.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_journal_stays_bounded_over_200_000_completed_events()
    {
        const int Total = 200_000;
        const int SnapshotEvery = 1000;
        const int Partitions = 4;
        var options = EngineHarness.TestOptions().WithPartitions(Partitions).WithSnapshotEvery(SnapshotEvery).WithCapacity(1000).WithWorkers(16);

        // No hook: each event is accepted, routed, recorded and completed, the journal's whole cycle.
        await using var harness = await EngineHarness.StartAsync(Sys, new RecordingRunner(), [], options);
        var sent = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Add(ref sent, 50) <= Total)
            {
                await harness.AcceptAsync(TestEvents.Many(50));
            }
        })));
        await harness.WaitUntilFinishedAsync(Total, TimeSpan.FromMinutes(3));

        // Written: an entry per partition per write cycle, and completion markers in batches
        // (over 4,000 entries here). Kept: what followed each partition's last snapshot, about
        // SnapshotEvery events' worth of entries. Without deletions every entry would be there.
        const long Bound = Partitions * 100;
        await Poll.UntilAsync(
            () => Task.FromResult(AkkaJournalFile.CountPartitionRows(AkkaDatabasePath) <= Bound),
            "the partitions' rows shrank below the bound",
            TimeSpan.FromSeconds(30),
            diagnostics: () => Task.FromResult($"{AkkaJournalFile.CountPartitionRows(AkkaDatabasePath)} rows of {AkkaJournalFile.PartitionEntriesWritten(AkkaDatabasePath)} written"));
        var kept = AkkaJournalFile.CountPartitionRows(AkkaDatabasePath);
        var written = AkkaJournalFile.PartitionEntriesWritten(AkkaDatabasePath);
        written.ShouldBeGreaterThan(10 * Math.Max(kept, Bound / 4), $"the journal would have grown without the deletions ({kept} rows kept)");
    }

    /// <summary>
    /// Retries <paramref name="evt"/> until the restarted partition takes it (it is refused as a
    /// failed write until then), as a client of a 503 does.
    /// </summary>
    private static Task AcceptOnceRestartedAsync(EngineHarness harness, Event evt) =>
        Poll.UntilAsync(
            async () =>
            {
                try
                {
                    await harness.AcceptAsync([evt]);
                    return true;
                }
                catch (Ingress.EngineUnavailableException)
                {
                    return false;
                }
            },
            "the restarted partition accepted an event",
            EngineHarness.FirstWriteDeadline);
}
