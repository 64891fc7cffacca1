using System.Net;
using Microsoft.Extensions.Time.Testing;
using SlothActors.Client.Tests.Support;

namespace SlothActors.Client.Tests.Delivery;

public sealed class EmitTests : IAsyncLifetime
{
    // Started at a known instant, so the wire timestamp below is known too.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private TestCollector _collector = null!;

    public async Task InitializeAsync() => _collector = await TestCollector.StartAsync();

    public async Task DisposeAsync() => await _collector.DisposeAsync();

    [Fact]
    public async Task An_event_is_posted_to_events_in_the_protocol_shape()
    {
        await using var hook = TestHooks.Create(_collector.Url, _time, o => o with { DefaultTags = ["prod"], ApiToken = "s3cret" });

        var outcome = await hook.EmitAsync(
            "invoice_paid", Severity.Warning, new Dictionary<string, object?> { ["amount"] = 12.5, ["lines"] = new[] { "a", "b" } }, "corr-1", ["eu"]);

        outcome.ShouldBe(EmitOutcome.Delivered);
        var request = _collector.Requests.ShouldHaveSingleItem();
        request.Path.ShouldBe("/events");
        request.Authorization.ShouldBe("Bearer s3cret");
        var sent = request.Events.ShouldHaveSingleItem();
        sent.GetProperty("event_type").GetString().ShouldBe("invoice_paid");
        sent.GetProperty("source_system").GetString().ShouldBe("billing");
        sent.GetProperty("severity").GetString().ShouldBe("warning");
        sent.GetProperty("correlation_id").GetString().ShouldBe("corr-1");
        sent.GetProperty("timestamp").GetString().ShouldBe("2025-01-01T00:00:00.000000Z");
        Guid.TryParse(sent.GetProperty("event_id").GetString(), out _).ShouldBeTrue();
        sent.GetProperty("data").GetProperty("amount").GetDouble().ShouldBe(12.5);
        sent.GetProperty("data").GetProperty("lines")[1].GetString().ShouldBe("b");
        sent.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["prod", "eu"]);
        hook.GetMetrics().EventsEmitted.ShouldBe(1);
        hook.GetMetrics().LastSuccessTime.ShouldBe(_time.GetUtcNow());
    }

    [Fact]
    public async Task A_refused_event_is_not_retried_and_counts_as_failed_without_tripping_the_breaker()
    {
        _collector.FailNext(6, HttpStatusCode.UnprocessableEntity);
        await using var hook = TestHooks.Create(_collector.Url, _time);

        for (var i = 0; i < 6; i++)
        {
            (await hook.EmitAsync("bad_event")).ShouldBe(EmitOutcome.Failed);
        }

        _collector.Requests.Count.ShouldBe(6);
        var metrics = hook.GetMetrics();
        metrics.EventsFailed.ShouldBe(6);
        metrics.RetryCount.ShouldBe(0);
        metrics.LastError.ShouldNotBeNull().ShouldContain("422");
        metrics.CircuitBreakerState.ShouldBe(SlothActors.Client.Resilience.CircuitState.Closed);
    }

    [Fact]
    public async Task An_unreachable_collector_is_reported_as_failed_and_never_thrown()
    {
        await _collector.StopAsync();
        var log = new RecordingLoggerProvider();
        await using var hook = TestHooks.Create(_collector.Url, _time, loggers: log.Factory());

        var outcome = await hook.EmitAsync("order_created", data: new Dictionary<string, object?> { ["order"] = 7 });

        outcome.ShouldBe(EmitOutcome.Failed);
        var metrics = hook.GetMetrics();
        metrics.EventsFailed.ShouldBe(1);
        metrics.RetryCount.ShouldBe(3);
        metrics.LastError.ShouldNotBeNullOrEmpty();
        log.Lines.ShouldContain(line => line.StartsWith("Warning: billing: event order_created", StringComparison.Ordinal) && line.Contains("\"order\":7", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Upper")]
    [InlineData("9starts_with_digit")]
    [InlineData("has space")]
    public async Task An_invalid_event_type_is_refused_at_the_call(string eventType)
    {
        await using var hook = TestHooks.Create(_collector.Url, _time);

        await Should.ThrowAsync<ArgumentException>(() => hook.EmitAsync(eventType));
        _collector.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Data_is_captured_at_the_call_so_later_changes_are_not_sent()
    {
        await using var hook = TestHooks.Create(_collector.Url, _time, o => o.WithBatching(100));
        var data = new Dictionary<string, object?> { ["state"] = "before", ["line"] = new { UnitPrice = 3 } };

        await hook.EmitAsync("cart_saved", data: data);
        data["state"] = "after";
        await hook.ShutdownAsync();

        var sent = _collector.StoredEvents.ShouldHaveSingleItem().GetProperty("data");
        sent.GetProperty("state").GetString().ShouldBe("before");
        sent.GetProperty("line").GetProperty("unit_price").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Data_that_cannot_be_written_as_json_is_refused_at_the_call()
    {
        await using var hook = TestHooks.Create(_collector.Url, _time);
        var cyclic = new Dictionary<string, object?>();
        cyclic["self"] = cyclic;

        (await Should.ThrowAsync<ArgumentException>(() => hook.EmitAsync("loop", data: cyclic))).ParamName.ShouldBe("data");
        _collector.Requests.ShouldBeEmpty();
    }

    [Fact]
    public void Options_out_of_range_are_refused_with_the_field_named()
    {
        var options = new EventHookOptions { CollectorUrl = new Uri("http://127.0.0.1:1"), SourceSystem = "x", MaxRetries = 11 };

        Should.Throw<ArgumentOutOfRangeException>(() => EventHook.Create(options)).ParamName.ShouldBe("MaxRetries");
        Should.Throw<ArgumentException>(() => EventHook.Create(options with { MaxRetries = 3, CollectorUrl = new Uri("ftp://x") })).ParamName.ShouldBe("CollectorUrl");
    }

    [Fact]
    public void Options_never_print_the_token()
    {
        var options = new EventHookOptions { CollectorUrl = new Uri("http://127.0.0.1:1"), SourceSystem = "x", ApiToken = "s3cret" };

        options.ToString().ShouldNotContain("s3cret");
        options.ToString().ShouldContain("ApiToken = ***");
    }
}
