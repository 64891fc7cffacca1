using Microsoft.Extensions.Time.Testing;
using SlothActors.Client.Health;
using SlothActors.Client.Resilience;
using SlothActors.Client.Tests.Support;

namespace SlothActors.Client.Tests.Resilience;

/// <summary>The breaker driven through a real HTTP collector: closed, open, half-open, closed.</summary>
public sealed class CircuitBreakerTests : IAsyncLifetime
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(60);
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingLoggerProvider _log = new();
    private TestCollector _collector = null!;
    private IEventHook _hook = null!;

    public async Task InitializeAsync()
    {
        _collector = await TestCollector.StartAsync();
        _hook = TestHooks.Create(_collector.Url, _time, o => o with { MaxRetries = 0 }, _log.Factory());
    }

    public async Task DisposeAsync()
    {
        await _hook.DisposeAsync();
        await _collector.DisposeAsync();
    }

    [Fact]
    public async Task Five_failures_open_it_then_events_are_logged_and_counted_not_sent()
    {
        _collector.FailNext(5);
        for (var i = 0; i < 5; i++)
        {
            (await _hook.EmitAsync("sync_failed")).ShouldBe(EmitOutcome.Failed);
        }

        var outcome = await _hook.EmitAsync("kept_locally", data: new Dictionary<string, object?> { ["n"] = 1 });

        outcome.ShouldBe(EmitOutcome.CircuitOpen);
        _collector.Requests.Count.ShouldBe(5);
        var health = await _hook.HealthCheckAsync();
        health.Status.ShouldBe(HookStatus.Unavailable);
        health.CircuitBreakerState.ShouldBe(CircuitState.Open);
        health.CircuitBreakerMetrics.FailureCount.ShouldBe(5);
        health.EventsFailed.ShouldBe(6);
        _hook.GetMetrics().EventsRejected.ShouldBe(1);
        _log.Lines.ShouldContain(line => line.Contains("kept_locally", StringComparison.Ordinal) && line.Contains("circuit breaker open", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_recovery_time_one_successful_trial_closes_it()
    {
        await OpenAsync();
        _time.Advance(Recovery);
        (await _hook.HealthCheckAsync()).Status.ShouldBe(HookStatus.Degraded);

        (await _hook.EmitAsync("trial")).ShouldBe(EmitOutcome.Delivered);

        _collector.Requests.Count.ShouldBe(6);
        var health = await _hook.HealthCheckAsync();
        health.Status.ShouldBe(HookStatus.Healthy);
        health.CircuitBreakerState.ShouldBe(CircuitState.Closed);
        (await _hook.EmitAsync("flowing_again")).ShouldBe(EmitOutcome.Delivered);
    }

    [Fact]
    public async Task A_failed_trial_opens_it_again_for_another_recovery_period()
    {
        await OpenAsync();
        _time.Advance(Recovery);
        _collector.FailNext(1);

        (await _hook.EmitAsync("trial")).ShouldBe(EmitOutcome.Failed);

        (await _hook.EmitAsync("rejected")).ShouldBe(EmitOutcome.CircuitOpen);
        _collector.Requests.Count.ShouldBe(6);
        (await _hook.HealthCheckAsync()).CircuitBreakerState.ShouldBe(CircuitState.Open);
    }

    [Fact]
    public async Task While_the_trial_is_in_flight_other_events_are_not_sent()
    {
        await OpenAsync();
        _time.Advance(Recovery);
        var release = _collector.HoldNext();

        var trial = _hook.EmitAsync("trial");
        await _collector.WaitForRequestsAsync(6);
        (await _hook.EmitAsync("during_trial")).ShouldBe(EmitOutcome.CircuitOpen);
        release.SetResult();

        (await trial).ShouldBe(EmitOutcome.Delivered);
        _collector.Requests.Count.ShouldBe(6, "exactly one trial request went out");
        (await _hook.HealthCheckAsync()).CircuitBreakerState.ShouldBe(CircuitState.Closed);
    }

    [Fact]
    public async Task Refused_connections_count_as_failures_too()
    {
        await _collector.StopAsync();

        for (var i = 0; i < 5; i++)
        {
            (await _hook.EmitAsync("unreachable")).ShouldBe(EmitOutcome.Failed);
        }

        (await _hook.EmitAsync("unreachable")).ShouldBe(EmitOutcome.CircuitOpen);
    }

    [Fact]
    public async Task The_breaker_stops_retries_of_one_call_once_it_opens()
    {
        _collector.FailNext(10);

        (await _hook.EmitAsync("retried", maxRetries: 10)).ShouldBe(EmitOutcome.CircuitOpen);

        _collector.Requests.Count.ShouldBe(5);
    }

    private async Task OpenAsync()
    {
        _collector.FailNext(5);
        for (var i = 0; i < 5; i++)
        {
            await _hook.EmitAsync("sync_failed");
        }

        (await _hook.HealthCheckAsync()).CircuitBreakerState.ShouldBe(CircuitState.Open);
    }
}
