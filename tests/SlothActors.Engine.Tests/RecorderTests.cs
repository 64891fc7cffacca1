using SlothActors.Engine.Tests.Support;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests;

/// <summary>How the recorder gets past outcome writes that fail, transiently or for good.</summary>
public sealed class RecorderTests : EngineTestKit
{
    private static readonly HookDefinition[] AnyEvent = [TestEvents.Hook("watch-all", ["*"])];

    [Fact]
    public async Task An_outcome_that_can_never_be_written_is_isolated_recorded_as_failed_and_the_rest_are_recorded()
    {
        await using var harness = await EngineHarness.StartAsync(Sys, new RecordingRunner(), AnyEvent);
        var events = TestEvents.Many(40);
        var poison = events[17].Id;
        var failedWrites = new List<int>();

        // Say the execution row breaks a constraint: only the outcome with executions fails.
        harness.Controlled.FailRecording = outcomes =>
        {
            if (!outcomes.Any(o => o.EventId == poison && o.Executions.Count > 0))
            {
                return null;
            }

            failedWrites.Add(outcomes.Count);
            return new InvalidOperationException("CHECK constraint failed: output");
        };
        harness.Controlled.HoldRecords();
        await harness.AcceptAsync(events);
        await Poll.UntilAsync(() => harness.Controlled.RecordsWaiting, "the first outcome write is held");
        harness.Controlled.ReleaseRecords();
        await harness.WaitUntilFinishedAsync(40);

        var stored = await harness.EventAsync(poison);
        stored.Status.ShouldBe(EventStatus.Failed);
        stored.Error.ShouldBe("the outcome of this event could not be recorded: InvalidOperationException: CHECK constraint failed: output");
        (await harness.Journal.ExecutionsOfAsync(poison, CancellationToken.None)).ShouldBeEmpty();
        (await harness.CountAsync(EventStatus.Completed)).ShouldBe(39);
        (await harness.Host.GetStatusAsync(CancellationToken.None)).InFlight.ShouldBe(0);

        // Halved down to the poison alone: log2 of the chunk's size in failed writes, not one per outcome.
        failedWrites.Max().ShouldBeGreaterThan(1);
        failedWrites[^1].ShouldBe(1);
        failedWrites.Count.ShouldBeLessThanOrEqualTo(7);
    }

    [Fact]
    public async Task An_event_not_even_a_failed_status_can_be_written_for_frees_its_slot_and_stays_processing_for_the_next_start()
    {
        var options = EngineHarness.TestOptions().WithCapacity(5);
        await using var harness = await EngineHarness.StartAsync(Sys, new RecordingRunner(), AnyEvent, options);
        var poison = TestEvents.Of("task.failed");
        harness.Controlled.FailRecording = outcomes => outcomes.Any(o => o.EventId == poison.Id) ? new InvalidOperationException("row too large") : null;

        await harness.AcceptAsync([poison]);
        var after = TestEvents.Many(20);
        await harness.AcceptAsync(after);

        // Twenty more than the capacity of five: they complete only if the poison freed its slot.
        // It stays unfinished: not finished in the read model, no completion marker in its partition.
        await Poll.UntilAsync(async () => await harness.CountAsync(EventStatus.Completed) == 20, "the events after the poison completed");
        (await harness.EventAsync(poison.Id)).Status.ShouldBeOneOf(EventStatus.Processing, EventStatus.Pending);
        (await harness.Host.GetStatusAsync(CancellationToken.None)).InFlight.ShouldBe(0);
    }

    [Fact]
    public async Task A_transient_failure_retries_the_same_chunk_whole_until_it_is_written()
    {
        await using var harness = await EngineHarness.StartAsync(Sys, new RecordingRunner(), AnyEvent);
        var failures = 2;
        harness.Controlled.FailRecording = _ => Interlocked.Decrement(ref failures) >= 0 ? new TransientDbException("database is locked") : null;
        var evt = TestEvents.Of("task.completed");

        await harness.AcceptAsync([evt]);
        await harness.WaitUntilFinishedAsync(1);

        (await harness.EventAsync(evt.Id)).Status.ShouldBe(EventStatus.Completed);
        harness.Controlled.RecordAttempts.ShouldBe([1, 1, 1]);
        (await harness.Journal.ExecutionsOfAsync(evt.Id, CancellationToken.None)).ShouldHaveSingleItem().Success.ShouldBeTrue();
    }
}
