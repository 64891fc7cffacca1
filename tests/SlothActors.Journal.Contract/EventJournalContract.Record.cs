using SlothActors.Events;
using SlothActors.Journal.Recording;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Contract;

public abstract partial class EventJournalContract
{
    [Fact]
    public async Task Record_stores_executions_bumps_hooks_and_sets_final_statuses_in_one_batch()
    {
        var notify = NewHook("notify");
        var audit = NewHook("audit");
        await Journal.AddHookAsync(notify, None);
        await Journal.AddHookAsync(audit, None);
        var ok = NewEvent();
        var bad = NewEvent();
        await AppendProcessingAsync("w1", ok, bad);

        await Journal.RecordAsync(
        [
            new EventOutcome(ok.Id, EventStatus.Completed, null, T0.AddSeconds(2),
                [Execution(notify, ok.Id, true, T0.AddSeconds(1)), Execution(audit, ok.Id, true, T0.AddSeconds(1))]),
            new EventOutcome(bad.Id, EventStatus.Failed, "audit: boom", T0.AddSeconds(3),
                [Execution(notify, bad.Id, true, T0.AddSeconds(2)), Execution(audit, bad.Id, false, T0.AddSeconds(3))]),
        ], None);

        var storedOk = await Journal.GetEventAsync(ok.Id, None);
        storedOk!.Status.ShouldBe(EventStatus.Completed);
        storedOk.ProcessedAt.ShouldBe(T0.AddSeconds(2));
        storedOk.Error.ShouldBeNull();
        var storedBad = await Journal.GetEventAsync(bad.Id, None);
        storedBad!.Status.ShouldBe(EventStatus.Failed);
        storedBad.Error.ShouldBe("audit: boom");
        storedBad.ProcessedAt.ShouldBe(T0.AddSeconds(3));

        var notifyAfter = await Journal.GetHookAsync("notify", None);
        notifyAfter!.RunCount.ShouldBe(2);
        notifyAfter.LastRun.ShouldBe(T0.AddSeconds(2));
        (await Journal.GetHookAsync("audit", None))!.LastRun.ShouldBe(T0.AddSeconds(3));

        var executions = await Journal.ExecutionsOfAsync(bad.Id, None);
        executions.Select(x => (x.HookName, x.Success, x.Error)).ShouldBe([("notify", true, null), ("audit", false, "boom")]);
        executions.ShouldAllBe(x => x.Id > 0 && x.EventId == bad.Id && x.DurationMs == 3);
    }

    [Fact]
    public async Task Record_keeps_last_run_from_going_backwards()
    {
        var hook = NewHook("notify");
        await Journal.AddHookAsync(hook, None);
        var first = NewEvent();
        var second = NewEvent();
        await Journal.AppendAsync([first, second], null, None);

        await Journal.RecordAsync([new EventOutcome(first.Id, EventStatus.Completed, null, T0, [Execution(hook, first.Id, true, T0.AddMinutes(5))])], None);
        await Journal.RecordAsync([new EventOutcome(second.Id, EventStatus.Completed, null, T0, [Execution(hook, second.Id, true, T0.AddMinutes(1))])], None);

        var stored = await Journal.GetHookAsync("notify", None);
        stored!.RunCount.ShouldBe(2);
        stored.LastRun.ShouldBe(T0.AddMinutes(5));
    }

    [Fact]
    public async Task Record_stores_the_attempt_count_it_is_given_and_keeps_the_stored_one_otherwise()
    {
        var counted = NewEvent();
        var kept = NewEvent() with { Attempts = 1 };
        await Journal.AppendAsync([counted, kept], null, None);

        await Journal.RecordAsync(
            [
                new EventOutcome(counted.Id, EventStatus.Completed, null, T0, [], Attempts: 3),
                new EventOutcome(kept.Id, EventStatus.Completed, null, T0, []),
            ],
            None);

        (await Journal.GetEventAsync(counted.Id, None))!.Attempts.ShouldBe(3);
        (await Journal.GetEventAsync(kept.Id, None))!.Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task Record_of_a_retry_returns_the_event_to_pending()
    {
        var evt = NewEvent();
        await AppendProcessingAsync("w1", evt);

        await Journal.RecordAsync([new EventOutcome(evt.Id, EventStatus.Pending, "try again", T0, [], T0.AddSeconds(30))], None);

        var stored = await Journal.GetEventAsync(evt.Id, None);
        stored!.Status.ShouldBe(EventStatus.Pending);
        stored.ProcessedAt.ShouldBeNull();
        (await Journal.ReleaseOwnerAsync("w1", None)).ShouldBe(0, "a recorded retry no longer has an owner");
    }

    [Fact]
    public async Task Record_drops_executions_of_a_removed_hook_and_still_records_the_rest()
    {
        var kept = NewHook("kept");
        var removed = NewHook("removed");
        await Journal.AddHookAsync(kept, None);
        await Journal.AddHookAsync(removed, None);
        var evt = NewEvent();
        await Journal.AppendAsync([evt], null, None);
        await Journal.RemoveHookAsync("removed", None);

        await Journal.RecordAsync(
            [new EventOutcome(evt.Id, EventStatus.Completed, null, T0, [Execution(kept, evt.Id, true, T0), Execution(removed, evt.Id, true, T0)])],
            None);

        (await Journal.ExecutionsOfAsync(evt.Id, None)).ShouldHaveSingleItem().HookName.ShouldBe("kept");
        (await Journal.GetEventAsync(evt.Id, None))!.Status.ShouldBe(EventStatus.Completed);
    }

    [Fact]
    public async Task Record_refuses_processing_as_an_outcome()
    {
        var evt = NewEvent();
        await Journal.AppendAsync([evt], null, None);

        await Should.ThrowAsync<ArgumentException>(() =>
            Journal.RecordAsync([new EventOutcome(evt.Id, EventStatus.Processing, null, T0, [])], None));
    }
}
