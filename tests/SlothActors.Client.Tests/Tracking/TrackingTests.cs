using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using SlothActors.Client.Correlation;
using SlothActors.Client.Tests.Support;
using SlothActors.Client.Tracking;

namespace SlothActors.Client.Tests.Tracking;

public sealed class TrackingTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new();
    private TestCollector _collector = null!;
    private IEventHook _hook = null!;

    public async Task InitializeAsync()
    {
        _collector = await TestCollector.StartAsync();
        _hook = TestHooks.Create(_collector.Url, _time);
    }

    public async Task DisposeAsync()
    {
        await _hook.DisposeAsync();
        await _collector.DisposeAsync();
    }

    [Fact]
    public async Task A_successful_operation_emits_starting_then_success_with_its_result_when_asked()
    {
        var args = new Dictionary<string, object?> { ["workflow_id"] = "wf_1" };

        var result = await _hook.TrackAsync("workflow", _ => Task.FromResult(42), new TrackingOptions(IncludeResult: true, Arguments: args));

        result.ShouldBe(42);
        var events = _collector.StoredEvents;
        events.Select(e => e.GetProperty("event_type").GetString()).ShouldBe(["workflow_starting", "workflow_success"]);
        events[1].GetProperty("data").GetProperty("result").GetInt32().ShouldBe(42);
        events[1].GetProperty("data").GetProperty("duration_seconds").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
        events.ShouldAllBe(e => e.GetProperty("data").GetProperty("args").GetProperty("workflow_id").GetString() == "wf_1");
        events.Select(e => e.GetProperty("correlation_id").GetString()).Distinct().ShouldHaveSingleItem().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_result_is_left_out_unless_asked()
    {
        await _hook.TrackAsync("workflow", _ => Task.FromResult("secret-ish"));

        _collector.StoredEvents[1].GetProperty("data").TryGetProperty("result", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_failing_operation_emits_failed_with_the_error_and_the_exception_still_propagates()
    {
        var thrown = await Should.ThrowAsync<InvalidOperationException>(() =>
            _hook.TrackAsync("deploy", _ => Task.FromException(new InvalidOperationException("disk full"))));

        thrown.Message.ShouldBe("disk full");
        var events = _collector.StoredEvents;
        events.Select(e => e.GetProperty("event_type").GetString()).ShouldBe(["deploy_starting", "deploy_failed"]);
        events[1].GetProperty("severity").GetString().ShouldBe("error");
        events[1].GetProperty("data").GetProperty("error").GetString().ShouldBe("disk full");
        events[1].GetProperty("data").GetProperty("error_type").GetString().ShouldBe("InvalidOperationException");
    }

    [Fact]
    public async Task Events_emitted_inside_a_tracked_operation_share_its_correlation_id()
    {
        await _hook.TrackAsync("import", async token => await _hook.EmitAsync("row_imported", cancellationToken: token));

        _collector.StoredEvents.Select(e => e.GetProperty("correlation_id").GetString()).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task An_ambient_scope_supplies_the_correlation_id_when_none_is_given()
    {
        using (EventCorrelation.Begin("order-77"))
        {
            await _hook.EmitAsync("order_packed");
        }

        await _hook.EmitAsync("unrelated");

        _collector.StoredEvents[0].GetProperty("correlation_id").GetString().ShouldBe("order-77");
        _collector.StoredEvents[1].GetProperty("correlation_id").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task The_current_activity_trace_id_is_used_when_there_is_no_scope()
    {
        using var activity = new Activity("checkout").SetIdFormat(ActivityIdFormat.W3C).Start();

        await _hook.EmitAsync("cart_checked_out");

        _collector.StoredEvents.ShouldHaveSingleItem().GetProperty("correlation_id").GetString().ShouldBe(activity.TraceId.ToHexString());
    }
}
