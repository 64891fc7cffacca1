using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace SlothActors.Client.Resilience;

/// <summary>
/// Polly pipeline, outermost first: retry (doubling delay with jitter, <see cref="BackoffDelay"/>;
/// transient failures only; limit read per call from the context), the consecutive-failure breaker, a timeout per
/// attempt. Every delay and timeout runs on the given <see cref="TimeProvider"/>.
/// </summary>
internal sealed class DeliveryPipeline
{
    private static readonly ResiliencePropertyKey<int> MaxRetriesKey = new("sloth.max-retries");

    private readonly ResiliencePipeline _pipeline;

    public DeliveryPipeline(EventHookOptions options, ConsecutiveFailureBreaker breaker, TimeProvider time, Action onRetry)
    {
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = EventHookOptions.MaxRetriesLimit,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    BackoffDelay.For(args.AttemptNumber, options.RetryBaseDelay, options.MaxRetryDelay, Random.Shared.NextDouble())),
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } failure
                    && failure is not BrokenCircuitException
                    && !args.Context.CancellationToken.IsCancellationRequested
                    && FailureKind.IsTransient(failure)
                    && args.AttemptNumber < args.Context.Properties.GetValue(MaxRetriesKey, 0)),
                OnRetry = _ =>
                {
                    onRetry();
                    return ValueTask.CompletedTask;
                },
            })
            .AddStrategy(_ => new BreakerStrategy(breaker), new BreakerStrategyOptions())
            .AddTimeout(options.RequestTimeout)
            .Build();
    }

    public async Task<T> ExecuteAsync<T, TState>(Func<TState, CancellationToken, ValueTask<T>> attempt, TState state, int maxRetries, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(MaxRetriesKey, maxRetries);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (ctx, s) => s.attempt(s.state, ctx.CancellationToken),
                context,
                (attempt, state)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private sealed class BreakerStrategyOptions : ResilienceStrategyOptions
    {
        public BreakerStrategyOptions() => Name = "ConsecutiveFailureBreaker";
    }
}
