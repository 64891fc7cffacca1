using System.Net;
using SlothActors.Client.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Client.Tests.Batching;

public sealed class BatchingTests : IAsyncLifetime
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);
    private readonly WatchedFakeTimeProvider _time = new();
    private TestCollector _collector = null!;

    public async Task InitializeAsync() => _collector = await TestCollector.StartAsync();

    public async Task DisposeAsync() => await _collector.DisposeAsync();

    [Fact]
    public async Task A_full_batch_leaves_at_once_as_one_post_to_events_batch()
    {
        await using var hook = TestHooks.Create(_collector.Url, _time, o => o.WithBatching(3, Window));

        for (var i = 0; i < 7; i++)
        {
            (await hook.EmitAsync("line_added", data: new Dictionary<string, object?> { ["i"] = i })).ShouldBe(EmitOutcome.Queued);
        }

        // The clock never moved, so only the size rule can have sent these.
        await _collector.WaitForRequestsAsync(2);
        _collector.Requests.ShouldAllBe(r => r.Path == "/events/batch" && r.Events.Count == 3);
        _collector.StoredEvents.Select(e => e.GetProperty("data").GetProperty("i").GetInt32()).ShouldBe([0, 1, 2, 3, 4, 5]);
    }

    [Fact]
    public async Task A_partial_batch_leaves_when_its_window_has_passed()
    {
        await using var hook = TestHooks.Create(_collector.Url, _time, o => o.WithBatching(100, Window));
        await hook.EmitAsync("line_added");
        await hook.EmitAsync("line_added");
        await Poll.UntilAsync(() => _time.PendingDelays.Contains(Window), "the batch window is armed", within: TimeSpan.FromSeconds(15));
        _collector.Requests.ShouldBeEmpty();

        _time.Advance(Window);

        await _collector.WaitForRequestsAsync(1);
        _collector.Requests.ShouldHaveSingleItem().Events.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Shutdown_flushes_what_is_left_and_later_emits_are_dropped()
    {
        var hook = TestHooks.Create(_collector.Url, _time, o => o.WithBatching(100, Window));
        await hook.EmitAsync("line_added");
        await hook.EmitAsync("line_added");

        await hook.ShutdownAsync();

        _collector.StoredEvents.Count.ShouldBe(2);
        (await hook.EmitAsync("too_late")).ShouldBe(EmitOutcome.Dropped);
        hook.GetMetrics().EventsDropped.ShouldBe(1);
        await hook.DisposeAsync();
    }

    [Fact]
    public async Task Disposing_flushes_like_shutdown()
    {
        await using (var hook = TestHooks.Create(_collector.Url, _time, o => o.WithBatching(100, Window)))
        {
            await hook.EmitAsync("line_added");
        }

        _collector.StoredEvents.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_failed_batch_is_retried_whole()
    {
        _collector.FailNext(2, HttpStatusCode.BadGateway);
        await using var hook = TestHooks.Create(_collector.Url, _time, o => o.WithBatching(2, Window));

        await hook.EmitAsync("line_added");
        await hook.EmitAsync("line_added");

        await _collector.WaitForRequestsAsync(3);
        _collector.Requests.Select(r => r.Status).ShouldBe([502, 502, 201]);
        _collector.Requests.ShouldAllBe(r => r.Events.Count == 2);
        await Poll.UntilAsync(() => hook.GetMetrics().EventsEmitted == 2, "the batch is counted as emitted", within: TimeSpan.FromSeconds(15));
        hook.GetMetrics().RetryCount.ShouldBe(2);
    }

    [Fact]
    public async Task A_full_queue_drops_the_event_and_says_so()
    {
        var release = _collector.HoldNext();
        await using var hook = TestHooks.Create(_collector.Url, _time, o => o.WithBatching(1, Window) with { MaxQueuedEvents = 2 });
        await hook.EmitAsync("first");
        await _collector.WaitForRequestsAsync(1);

        (await hook.EmitAsync("queued_1")).ShouldBe(EmitOutcome.Queued);
        (await hook.EmitAsync("queued_2")).ShouldBe(EmitOutcome.Queued);
        (await hook.EmitAsync("overflow")).ShouldBe(EmitOutcome.Dropped);
        release.SetResult();
        await hook.ShutdownAsync();

        _collector.StoredEvents.Select(e => e.GetProperty("event_type").GetString()).ShouldBe(["first", "queued_1", "queued_2"]);
        hook.GetMetrics().EventsDropped.ShouldBe(1);
    }

    [Fact]
    public async Task No_event_is_lost_while_the_collector_is_reachable_even_through_errors()
    {
        _collector.FailNext(3);
        await using var hook = TestHooks.Create(_collector.Url, _time, o => o.WithBatching(100, Window));

        await Parallel.ForAsync(0, 1000, async (i, token) =>
        {
            (await hook.EmitAsync("bulk_item", data: new Dictionary<string, object?> { ["i"] = i }, cancellationToken: token)).ShouldBe(EmitOutcome.Queued);
        });
        await hook.ShutdownAsync();

        var stored = _collector.StoredEvents.Select(e => e.GetProperty("data").GetProperty("i").GetInt32()).ToHashSet();
        stored.Count.ShouldBe(1000);
        _collector.Requests.Where(r => r.Status == 201).ShouldAllBe(r => r.Events.Count <= 100);
        hook.GetMetrics().EventsEmitted.ShouldBe(1000);
        hook.GetMetrics().EventsFailed.ShouldBe(0);
    }

    [Fact]
    public async Task No_event_is_lost_unbatched_either()
    {
        _collector.FailNext(2);
        await using var hook = TestHooks.Create(_collector.Url, _time);
        var events = Enumerable.Range(0, 200).Select(i => new EventSpec("bulk_item", Severity.Info, new Dictionary<string, object?> { ["i"] = i })).ToArray();

        var outcomes = await hook.EmitManyAsync(events, "bulk-1");

        outcomes.ShouldAllBe(o => o == EmitOutcome.Delivered);
        _collector.StoredEvents.Select(e => e.GetProperty("data").GetProperty("i").GetInt32()).Order().ShouldBe(Enumerable.Range(0, 200));
        _collector.StoredEvents.ShouldAllBe(e => e.GetProperty("correlation_id").GetString() == "bulk-1");
    }
}
