using Polly;
using Polly.CircuitBreaker;

namespace SlothActors.Client.Resilience;

/// <summary>Puts <see cref="ConsecutiveFailureBreaker"/> into a Polly pipeline, one decision per attempt.</summary>
internal sealed class BreakerStrategy(ConsecutiveFailureBreaker breaker) : ResilienceStrategy
{
    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        if (!breaker.TryEnter(out var ticket, out var retryAfter))
        {
            return Outcome.FromException<TResult>(new BrokenCircuitException("the circuit breaker is open", retryAfter));
        }

        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        switch (outcome.Exception)
        {
            case null:
                breaker.RecordSuccess(ticket);
                break;
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                breaker.Abandon(ticket);
                break;
            case var failure when FailureKind.IsTransient(failure):
                breaker.RecordFailure(ticket);
                break;
            case Delivery.CollectorRefusedException:
                // A refused event (4xx) still proves the collector answers.
                breaker.RecordSuccess(ticket);
                break;
            default:
                // Never reached the collector: no verdict on its health.
                breaker.Abandon(ticket);
                break;
        }

        return outcome;
    }
}
