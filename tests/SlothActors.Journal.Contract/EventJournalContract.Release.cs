using SlothActors.Events;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Contract;

/// <summary>
/// The read model's processing rows go back to pending when the run that holds them stopped:
/// at a graceful stop (by id), at a cluster node's restart (by owner), at a single node's start (all).
/// </summary>
public abstract partial class EventJournalContract
{
    /// <summary>Stores the events as a dispatcher routing them at once does: processing, first attempt, its owner.</summary>
    protected Task AppendProcessingAsync(string owner, params Event[] events) =>
        Journal.AppendAsync(events.Select(e => e with { Status = EventStatus.Processing, Attempts = 1 }).ToList(), owner, None);

    [Fact]
    public async Task Release_returns_the_owners_events_to_pending_once()
    {
        var evt = NewEvent();
        await AppendProcessingAsync("w1", evt);

        (await Journal.ReleaseAsync("w1", [evt.Id, "unknown"], None)).ShouldBe(1);
        (await Journal.ReleaseAsync("w1", [evt.Id], None)).ShouldBe(0);

        var stored = await Journal.GetEventAsync(evt.Id, None);
        stored!.Status.ShouldBe(EventStatus.Pending);
        stored.Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task Release_leaves_an_event_that_another_owner_holds_now()
    {
        var evt = NewEvent();
        await AppendProcessingAsync("survivor", evt);

        // A node that stopped late hands back what it thinks it holds; the partition's new node runs it.
        (await Journal.ReleaseAsync("downed", [evt.Id], None)).ShouldBe(0);

        (await Journal.GetEventAsync(evt.Id, None))!.Status.ShouldBe(EventStatus.Processing);
        (await Journal.ReleaseOwnerAsync("survivor", None)).ShouldBe(1);
    }

    [Fact]
    public async Task Release_by_owner_returns_only_that_owners_events()
    {
        await AppendProcessingAsync("w1", NewEvent(), NewEvent());
        await AppendProcessingAsync("w2", NewEvent());

        (await Journal.ReleaseOwnerAsync("w1", None)).ShouldBe(2);

        var counts = await Journal.CountByStatusAsync(None);
        counts[EventStatus.Pending].ShouldBe(2);
        counts[EventStatus.Processing].ShouldBe(1);
    }

    [Fact]
    public async Task Start_up_recovery_returns_every_processing_event_to_pending()
    {
        var events = new[] { NewEvent(), NewEvent(), NewEvent() };
        await Journal.AppendAsync([events[0]], null, None);
        await AppendProcessingAsync("w1", events[1]);
        await AppendProcessingAsync("w2", events[2]);

        (await Journal.RecoverAllAsync(None)).ShouldBe(2);

        (await Journal.CountByStatusAsync(None))[EventStatus.Pending].ShouldBe(3);
        (await Journal.GetEventAsync(events[2].Id, None))!.Attempts.ShouldBe(1);
    }
}
