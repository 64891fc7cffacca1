using SlothActors.Events;
using SlothActors.Journal.Queries;
using SlothActors.Journal.Recording;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Contract;

/// <summary>The behaviour every event journal backend must show. Subclass it and open a fresh journal.</summary>
public abstract partial class EventJournalContract : JournalContractBase
{
    [Fact]
    public async Task Append_stores_every_field_as_given()
    {
        var evt = NewEvent(stack: "production", source: "mahavishnu", severity: EventSeverity.Warning, correlationId: "corr-1",
            tags: ["a", "b \"quoted\""]) with
        {
            Data = """{"workflow_id":"w1","nested":{"x":[1,2]}}""",
            CausationId = "parent-1",
            Depth = 2,
            Extra = """{"custom_field":true}""",
            Timestamp = T0.AddMinutes(-5),
        };

        (await Journal.AppendAsync([evt], null, None)).ShouldBe([evt.Id]);

        var stored = await Journal.GetEventAsync(evt.Id, None);
        stored.ShouldNotBeNull();
        stored.Tags.ShouldBe(evt.Tags);
        stored.ShouldBe(evt with { Tags = stored.Tags });
    }

    [Fact]
    public async Task Append_is_idempotent_on_id_across_and_within_batches()
    {
        var first = NewEvent();
        var second = NewEvent();

        (await Journal.AppendAsync([first], null, None)).ShouldBe([first.Id]);
        var inserted = await Journal.AppendAsync([first with { Type = "changed" }, second, second], null, None);

        inserted.ShouldBe([second.Id]);
        (await Journal.ListEventsAsync(new EventQuery(), None)).Count.ShouldBe(2);
        (await Journal.GetEventAsync(first.Id, None))!.Type.ShouldBe("task.failed");
    }

    [Fact]
    public async Task Append_of_an_empty_batch_inserts_nothing() =>
        (await Journal.AppendAsync([], null, None)).ShouldBeEmpty();

    [Fact]
    public async Task Append_with_an_owner_stores_events_already_claimed()
    {
        var evt = NewEvent() with { Status = EventStatus.Processing, Attempts = 1 };
        await Journal.AppendAsync([evt], "worker-1", None);

        (await Journal.GetEventAsync(evt.Id, None))!.Status.ShouldBe(EventStatus.Processing);
        (await Journal.ReleaseOwnerAsync("worker-1", None)).ShouldBe(1);
        (await Journal.GetEventAsync(evt.Id, None))!.Status.ShouldBe(EventStatus.Pending);
    }

    [Fact]
    public async Task Concurrent_appends_of_the_same_ids_store_each_event_once()
    {
        var events = Enumerable.Range(0, 200).Select(_ => NewEvent()).ToList();
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Journal.AppendAsync(events, null, None))));

        results.SelectMany(r => r).Order().ShouldBe(events.Select(e => e.Id).Order());
        (await Journal.CountByStatusAsync(None))[EventStatus.Pending].ShouldBe(200);
    }

    [Fact]
    public async Task Get_of_an_unknown_id_is_null() =>
        (await Journal.GetEventAsync("no-such-event", None)).ShouldBeNull();

    [Fact]
    public async Task GetEvents_returns_the_stored_events_among_the_ids_and_skips_unknown_ones()
    {
        var events = Enumerable.Range(0, 3).Select(_ => NewEvent()).ToList();
        await Journal.AppendAsync(events, null, None);

        var found = await Journal.GetEventsAsync([events[2].Id, "no-such-event", events[0].Id, "it's \"quoted\""], None);

        found.Select(e => e.Id).Order(StringComparer.Ordinal).ShouldBe(new[] { events[0].Id, events[2].Id }.Order(StringComparer.Ordinal));
        found.Single(e => e.Id == events[0].Id).Type.ShouldBe(events[0].Type);
        (await Journal.GetEventsAsync([], None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task PendingIds_pages_the_pending_events_in_storage_order_by_a_cursor()
    {
        var events = Enumerable.Range(0, 5).Select(_ => NewEvent()).ToList();
        await Journal.AppendAsync(events, null, None);
        await Journal.RecordAsync([new EventOutcome(events[1].Id, EventStatus.Completed, null, T0, [])], None);

        var first = await Journal.PendingIdsAsync(0, 2, None);
        var rest = await Journal.PendingIdsAsync(first[^1].Seq, 10, None);

        first.Select(p => p.Id).ShouldBe([events[0].Id, events[2].Id]);
        rest.Select(p => p.Id).ShouldBe([events[3].Id, events[4].Id]);
        (await Journal.PendingIdsAsync(rest[^1].Seq, 10, None)).ShouldBeEmpty();
    }
}
