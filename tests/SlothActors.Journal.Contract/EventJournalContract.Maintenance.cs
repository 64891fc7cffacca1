using SlothActors.Events;
using SlothActors.Journal.Recording;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Contract;

public abstract partial class EventJournalContract
{
    [Fact]
    public async Task Delete_removes_the_event_and_its_executions()
    {
        var hook = NewHook("notify");
        await Journal.AddHookAsync(hook, None);
        var evt = NewEvent();
        var other = NewEvent();
        await Journal.AppendAsync([evt, other], null, None);
        await Journal.RecordAsync(
        [
            new EventOutcome(evt.Id, EventStatus.Completed, null, T0, [Execution(hook, evt.Id, true, T0)]),
            new EventOutcome(other.Id, EventStatus.Completed, null, T0, [Execution(hook, other.Id, true, T0)]),
        ], None);

        (await Journal.DeleteEventAsync(evt.Id, None)).ShouldBeTrue();
        (await Journal.DeleteEventAsync(evt.Id, None)).ShouldBeFalse();

        (await Journal.GetEventAsync(evt.Id, None)).ShouldBeNull();
        (await Journal.ExecutionsOfAsync(evt.Id, None)).ShouldBeEmpty();
        (await Journal.HookHistoryAsync("notify", 10, None)).ShouldHaveSingleItem().EventId.ShouldBe(other.Id);
    }

    [Fact]
    public async Task Cleanup_deletes_old_finished_events_but_never_pending_or_processing_ones()
    {
        var oldCompleted = NewEvent(createdAt: T0.AddDays(-10));
        var oldFailed = NewEvent(createdAt: T0.AddDays(-10));
        var oldPending = NewEvent(createdAt: T0.AddDays(-10));
        var oldProcessing = NewEvent(createdAt: T0.AddDays(-10));
        var recentCompleted = NewEvent(createdAt: T0);
        await Journal.AppendAsync([oldCompleted, oldFailed, oldPending, recentCompleted], null, None);
        await AppendProcessingAsync("w1", oldProcessing);
        await Journal.RecordAsync(
        [
            new EventOutcome(oldCompleted.Id, EventStatus.Completed, null, T0, []),
            new EventOutcome(oldFailed.Id, EventStatus.Failed, "x", T0, []),
            new EventOutcome(recentCompleted.Id, EventStatus.Completed, null, T0, []),
        ], None);

        (await Journal.CleanupAsync(T0.AddDays(-1), None)).ShouldBe(2);

        (await Journal.GetEventAsync(oldCompleted.Id, None)).ShouldBeNull();
        (await Journal.GetEventAsync(oldFailed.Id, None)).ShouldBeNull();
        (await Journal.GetEventAsync(oldPending.Id, None)).ShouldNotBeNull();
        (await Journal.GetEventAsync(oldProcessing.Id, None)).ShouldNotBeNull();
        (await Journal.GetEventAsync(recentCompleted.Id, None)).ShouldNotBeNull();
        (await Journal.CleanupAsync(T0.AddDays(-1), None)).ShouldBe(0);
    }
}
