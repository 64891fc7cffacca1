using SlothActors.Events;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Contract;

public abstract partial class EventJournalContract
{
    [Fact]
    public async Task Claim_takes_pending_events_oldest_first_up_to_the_batch_size()
    {
        // Appended in three batches; ids deliberately not in time order, so only journal order can explain the result.
        var events = Enumerable.Range(0, 9).Select(i => NewEvent(id: $"e{8 - i}")).ToList();
        await Journal.AppendAsync(events[..3], null, None);
        await Journal.AppendAsync(events[3..6], null, None);
        await Journal.AppendAsync(events[6..], null, None);

        var first = await Journal.ClaimPendingAsync("w1", 4, T0, None);
        var second = await Journal.ClaimPendingAsync("w2", 4, T0, None);
        var third = await Journal.ClaimPendingAsync("w3", 4, T0, None);

        first.Select(e => e.Id).ShouldBe(events[..4].Select(e => e.Id));
        second.Select(e => e.Id).ShouldBe(events[4..8].Select(e => e.Id));
        third.Select(e => e.Id).ShouldBe([events[8].Id]);
        (await Journal.ClaimPendingAsync("w4", 4, T0, None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Claim_moves_events_to_processing_and_counts_the_attempt()
    {
        var evt = NewEvent();
        await Journal.AppendAsync([evt], null, None);

        var claimed = (await Journal.ClaimPendingAsync("w1", 10, T0, None)).ShouldHaveSingleItem();

        claimed.Status.ShouldBe(EventStatus.Processing);
        claimed.Attempts.ShouldBe(1);
        var stored = await Journal.GetEventAsync(evt.Id, None);
        stored!.Status.ShouldBe(EventStatus.Processing);
        stored.Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_claimers_never_get_the_same_event()
    {
        var events = Enumerable.Range(0, 500).Select(_ => NewEvent()).ToList();
        await Journal.AppendAsync(events, null, None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            var mine = new List<string>();
            while (true)
            {
                var batch = await Journal.ClaimPendingAsync($"w{w}", 7, T0, None);
                if (batch.Count == 0)
                {
                    return mine;
                }

                mine.AddRange(batch.Select(e => e.Id));
            }
        })));

        var all = claims.SelectMany(c => c).ToList();
        all.Count.ShouldBe(500);
        all.Distinct().Count().ShouldBe(500);
    }

    [Fact]
    public async Task Claim_by_id_takes_only_events_still_pending()
    {
        var a = NewEvent();
        var b = NewEvent();
        await Journal.AppendAsync([a, b], null, None);
        await Journal.ClaimAsync("w1", [a.Id], None);

        (await Journal.ClaimAsync("w2", [a.Id, b.Id, "unknown"], None)).ShouldBe([b.Id]);
        (await Journal.ReleaseOwnerAsync("w2", None)).ShouldBe(1);
        (await Journal.GetEventAsync(a.Id, None))!.Status.ShouldBe(EventStatus.Processing);
    }

    [Fact]
    public async Task Release_returns_events_to_pending_and_a_retry_time_holds_them_back()
    {
        var retried = NewEvent();
        var plain = NewEvent();
        await Journal.AppendAsync([retried, plain], null, None);
        await Journal.ClaimPendingAsync("w1", 10, T0, None);

        (await Journal.ReleaseAsync("w1", [retried.Id], T0.AddMinutes(1), None)).ShouldBe(1);
        (await Journal.ReleaseAsync("w1", [plain.Id], null, None)).ShouldBe(1);
        (await Journal.ReleaseAsync("w1", [plain.Id], null, None)).ShouldBe(0);

        (await Journal.ClaimPendingAsync("w2", 10, T0.AddSeconds(59), None)).Select(e => e.Id).ShouldBe([plain.Id]);
        var later = (await Journal.ClaimPendingAsync("w2", 10, T0.AddMinutes(1), None)).ShouldHaveSingleItem();
        later.Id.ShouldBe(retried.Id);
        later.Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task Release_leaves_an_event_that_another_owner_holds_now()
    {
        var evt = NewEvent();
        await Journal.AppendAsync([evt], null, None);
        await Journal.ClaimPendingAsync("downed", 10, T0, None);
        (await Journal.ReleaseOwnerAsync("downed", None)).ShouldBe(1);
        await Journal.ClaimPendingAsync("survivor", 10, T0, None);

        // The downed owner, still running, hands back what it thinks it holds.
        (await Journal.ReleaseAsync("downed", [evt.Id], null, None)).ShouldBe(0);

        (await Journal.GetEventAsync(evt.Id, None))!.Status.ShouldBe(EventStatus.Processing);
        (await Journal.ReleaseOwnerAsync("survivor", None)).ShouldBe(1);
    }

    [Fact]
    public async Task Release_by_owner_returns_only_that_owners_events()
    {
        await Journal.AppendAsync([NewEvent(), NewEvent(), NewEvent()], null, None);
        await Journal.ClaimPendingAsync("w1", 2, T0, None);
        await Journal.ClaimPendingAsync("w2", 1, T0, None);

        (await Journal.ReleaseOwnerAsync("w1", None)).ShouldBe(2);

        var counts = await Journal.CountByStatusAsync(None);
        counts[EventStatus.Pending].ShouldBe(2);
        counts[EventStatus.Processing].ShouldBe(1);
    }

    [Fact]
    public async Task Start_up_recovery_returns_every_processing_event_to_pending()
    {
        var events = new[] { NewEvent(), NewEvent(), NewEvent() };
        await Journal.AppendAsync(events, null, None);
        await Journal.ClaimPendingAsync("w1", 1, T0, None);
        await Journal.ClaimPendingAsync("w2", 1, T0, None);

        (await Journal.RecoverAllAsync(None)).ShouldBe(2);

        (await Journal.CountByStatusAsync(None))[EventStatus.Pending].ShouldBe(3);
        (await Journal.ClaimPendingAsync("w3", 10, T0, None)).Select(e => e.Id).ShouldBe(events.Select(e => e.Id));
    }
}
