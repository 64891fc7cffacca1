using Microsoft.Extensions.Time.Testing;
using SlothActors.Client.Resilience;
using SlothActors.Client.Tests.Support;

namespace SlothActors.Client.Tests.Resilience;

public sealed class ConsecutiveFailureBreakerTests
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(60);
    private readonly FakeTimeProvider _time = new();
    private readonly ConsecutiveFailureBreaker _breaker;

    public ConsecutiveFailureBreakerTests() => _breaker = new ConsecutiveFailureBreaker(5, Recovery, _time);

    [Fact]
    public void A_success_resets_the_count_so_only_consecutive_failures_open_it()
    {
        Fail(4);
        Succeed();
        Fail(4);

        _breaker.State.ShouldBe(CircuitState.Closed);
        Fail(1);
        _breaker.State.ShouldBe(CircuitState.Open);
    }

    [Fact]
    public void An_open_breaker_refuses_until_the_recovery_time_has_passed()
    {
        Fail(5);
        _time.Advance(Recovery - TimeSpan.FromSeconds(1));

        _breaker.TryEnter(out _, out var retryAfter).ShouldBeFalse();
        retryAfter.ShouldBe(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        _breaker.State.ShouldBe(CircuitState.HalfOpen);
    }

    [Fact]
    public void Half_open_admits_exactly_one_trial_until_it_reports()
    {
        Fail(5);
        _time.Advance(Recovery);

        _breaker.TryEnter(out var trial, out _).ShouldBeTrue();
        trial.IsTrial.ShouldBeTrue();
        _breaker.TryEnter(out _, out _).ShouldBeFalse();
        _breaker.RecordSuccess(trial);
        _breaker.State.ShouldBe(CircuitState.Closed);
        _breaker.TryEnter(out _, out _).ShouldBeTrue();
    }

    [Fact]
    public void A_failed_trial_reopens_for_a_full_recovery_period()
    {
        Fail(5);
        _time.Advance(Recovery);
        _breaker.TryEnter(out var trial, out _);

        _breaker.RecordFailure(trial);

        _breaker.State.ShouldBe(CircuitState.Open);
        _time.Advance(Recovery - TimeSpan.FromTicks(1));
        _breaker.State.ShouldBe(CircuitState.Open);
    }

    [Fact]
    public void A_late_success_of_a_request_sent_before_opening_does_not_close_it()
    {
        _breaker.TryEnter(out var early, out _).ShouldBeTrue();
        Fail(5);

        _breaker.RecordSuccess(early);

        _breaker.State.ShouldBe(CircuitState.Open);
    }

    [Fact]
    public void An_abandoned_trial_lets_the_next_request_be_the_trial()
    {
        Fail(5);
        _time.Advance(Recovery);
        _breaker.TryEnter(out var trial, out _);

        _breaker.Abandon(trial);

        _breaker.TryEnter(out var next, out _).ShouldBeTrue();
        next.IsTrial.ShouldBeTrue();
    }

    [Fact]
    public void Metrics_report_consecutive_failures_successes_and_the_settings()
    {
        Succeed();
        Fail(2);

        _breaker.Snapshot().ShouldBe(new SlothActors.Client.Health.CircuitBreakerMetrics(CircuitState.Closed, 2, 1, 5, Recovery));
    }

    private void Fail(int times)
    {
        for (var i = 0; i < times; i++)
        {
            _breaker.TryEnter(out var ticket, out _).ShouldBeTrue();
            _breaker.RecordFailure(ticket);
        }
    }

    private void Succeed()
    {
        _breaker.TryEnter(out var ticket, out _).ShouldBeTrue();
        _breaker.RecordSuccess(ticket);
    }
}
