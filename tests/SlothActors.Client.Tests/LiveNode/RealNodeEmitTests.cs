using System.Text.Json;
using SlothActors.Client.Correlation;
using SlothActors.Client.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Client.Tests.LiveNode;

/// <summary>Emits through the SDK to a real node and reads the events back through <c>GET /events</c>.</summary>
[Collection(RealNodeCollection.Name)]
public sealed class RealNodeEmitTests(RealNode node)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);
    private readonly WatchedFakeTimeProvider _time = new();
    private readonly string _correlation = EventCorrelation.NewId();

    [Fact]
    public async Task A_single_emit_is_stored_with_every_field_the_sdk_sent()
    {
        await using var hook = TestHooks.Create(node.Url, _time, o => o with { DefaultTags = ["team:billing"] });
        var data = new Dictionary<string, object?> { ["invoice"] = "inv_42", ["amount"] = 12.5, ["lines"] = new[] { 1, 2 } };

        var outcome = await hook.EmitAsync("invoice.paid", Severity.Warning, data, _correlation, ["urgent"]);

        outcome.ShouldBe(EmitOutcome.Delivered);
        var stored = (await node.EventsAsync(_correlation)).ShouldHaveSingleItem();
        stored.GetProperty("event_type").GetString().ShouldBe("invoice.paid");
        stored.GetProperty("source_system").GetString().ShouldBe("billing");
        stored.GetProperty("severity").GetString().ShouldBe("warning");
        stored.GetProperty("correlation_id").GetString().ShouldBe(_correlation);
        stored.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["team:billing", "urgent"], ignoreOrder: true);
        var storedData = stored.GetProperty("data");
        storedData.GetProperty("invoice").GetString().ShouldBe("inv_42");
        storedData.GetProperty("amount").GetDouble().ShouldBe(12.5);
        storedData.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Full_batches_are_stored_without_the_clock_moving()
    {
        await using var hook = TestHooks.Create(node.Url, _time, o => o.WithBatching(3, Window));

        for (var i = 0; i < 6; i++)
        {
            (await hook.EmitAsync("line_added", data: Index(i), correlationId: _correlation)).ShouldBe(EmitOutcome.Queued);
        }

        await Poll.UntilAsync(() => hook.GetMetrics().EventsEmitted == 6, "both full batches were delivered", within: TimeSpan.FromSeconds(15));
        Indexes(await node.EventsAsync(_correlation)).ShouldBe([0, 1, 2, 3, 4, 5]);
    }

    [Fact]
    public async Task A_partial_batch_is_stored_once_its_window_has_passed()
    {
        await using var hook = TestHooks.Create(node.Url, _time, o => o.WithBatching(100, Window));
        await hook.EmitAsync("line_added", data: Index(0), correlationId: _correlation);
        await hook.EmitAsync("line_added", data: Index(1), correlationId: _correlation);
        await Poll.UntilAsync(() => _time.PendingDelays.Contains(Window), "the batch window is armed", within: TimeSpan.FromSeconds(15));
        (await node.EventsAsync(_correlation)).ShouldBeEmpty();

        _time.Advance(Window);

        await Poll.UntilAsync(() => hook.GetMetrics().EventsEmitted == 2, "the window's batch was delivered", within: TimeSpan.FromSeconds(15));
        Indexes(await node.EventsAsync(_correlation)).ShouldBe([0, 1]);
    }

    [Fact]
    public async Task Shutdown_stores_what_was_still_queued()
    {
        await using var hook = TestHooks.Create(node.Url, _time, o => o.WithBatching(100, Window));
        for (var i = 0; i < 4; i++)
        {
            await hook.EmitAsync("line_added", data: Index(i), correlationId: _correlation);
        }

        (await node.EventsAsync(_correlation)).ShouldBeEmpty();

        await hook.ShutdownAsync();

        Indexes(await node.EventsAsync(_correlation)).ShouldBe([0, 1, 2, 3]);
    }

    private static Dictionary<string, object?> Index(int i) => new() { ["i"] = i };

    private static IEnumerable<int> Indexes(IEnumerable<JsonElement> events) =>
        events.Select(e => e.GetProperty("data").GetProperty("i").GetInt32()).Order();
}
