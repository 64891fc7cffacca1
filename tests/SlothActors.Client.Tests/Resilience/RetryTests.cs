using System.Net;
using SlothActors.Client.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Client.Tests.Resilience;

public sealed class RetryTests : IAsyncLifetime
{
    private readonly WatchedFakeTimeProvider _time = new();
    private TestCollector _collector = null!;

    public async Task InitializeAsync() => _collector = await TestCollector.StartAsync();

    public async Task DisposeAsync() => await _collector.DisposeAsync();

    [Fact]
    public async Task A_transient_500_is_retried_with_the_same_event_id_until_it_is_stored()
    {
        _collector.FailNext(2);
        await using var hook = TestHooks.Create(_collector.Url, _time);

        (await hook.EmitAsync("payment_settled")).ShouldBe(EmitOutcome.Delivered);

        _collector.Requests.Select(r => r.Status).ShouldBe([500, 500, 201]);
        _collector.Requests.Select(r => r.Events[0].GetProperty("event_id").GetString()).Distinct().Count().ShouldBe(1);
        hook.GetMetrics().RetryCount.ShouldBe(2);
        hook.GetMetrics().EventsFailed.ShouldBe(0);
    }

    [Fact]
    public async Task Three_retries_is_the_default_then_the_event_counts_as_failed()
    {
        _collector.FailNext(10, HttpStatusCode.ServiceUnavailable);
        await using var hook = TestHooks.Create(_collector.Url, _time, o => o with { CircuitBreakerThreshold = 100 });

        (await hook.EmitAsync("payment_settled")).ShouldBe(EmitOutcome.Failed);

        _collector.Requests.Count.ShouldBe(4);
        hook.GetMetrics().RetryCount.ShouldBe(3);
        hook.GetMetrics().EventsFailed.ShouldBe(1);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(5, 6)]
    public async Task The_retry_limit_can_be_set_per_call(int maxRetries, int expectedRequests)
    {
        _collector.FailNext(10);
        await using var hook = TestHooks.Create(_collector.Url, _time, o => o with { CircuitBreakerThreshold = 100 });

        (await hook.EmitAsync("payment_settled", maxRetries: maxRetries)).ShouldBe(EmitOutcome.Failed);

        _collector.Requests.Count.ShouldBe(expectedRequests);
    }

    [Fact]
    public async Task Each_retry_waits_for_a_doubling_jittered_delay_on_the_clock()
    {
        _collector.FailNext(3);
        await using var hook = TestHooks.Create(
            _collector.Url, _time, o => o with { RetryBaseDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(30), RequestTimeout = TimeSpan.FromDays(1) });

        var emit = hook.EmitAsync("payment_settled");
        var waited = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            // The attempt's own timeout timer (a day) is pending while it runs; the retry delay is the short one.
            await Poll.UntilAsync(
                () => _collector.Requests.Count == attempt && _time.PendingDelays is [var delay] && delay < TimeSpan.FromHours(1),
                $"attempt {attempt} failed and its retry delay is pending", within: TimeSpan.FromSeconds(15));
            _collector.Requests.Count.ShouldBe(attempt, "no retry goes out before its delay has passed");
            waited.Add(_time.AdvanceToNextTimer());
        }

        (await emit).ShouldBe(EmitOutcome.Delivered);
        _collector.Requests.Count.ShouldBe(4);
        for (var retry = 0; retry < 3; retry++)
        {
            waited[retry].TotalSeconds.ShouldBeInRange(0.8 * Math.Pow(2, retry), 1.2 * Math.Pow(2, retry));
        }
    }

    [Fact]
    public async Task A_request_that_outlives_the_timeout_is_abandoned_and_retried()
    {
        _collector.HangNext();
        await using var hook = TestHooks.Create(_collector.Url, _time, o => o with { RequestTimeout = TimeSpan.FromSeconds(2) });

        var emit = hook.EmitAsync("payment_settled");
        await _collector.WaitForRequestsAsync(1);
        await Poll.UntilAsync(() => _time.PendingDelays.Contains(TimeSpan.FromSeconds(2)), "the attempt's timeout is armed", within: TimeSpan.FromSeconds(15));
        _time.Advance(TimeSpan.FromSeconds(2));

        (await emit).ShouldBe(EmitOutcome.Delivered);
        _collector.Requests.Select(r => r.Status).ShouldBe([0, 201]);
        hook.GetMetrics().RetryCount.ShouldBe(1);
    }
}
