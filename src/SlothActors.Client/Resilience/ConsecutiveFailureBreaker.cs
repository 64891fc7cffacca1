using System.Diagnostics;
using SlothActors.Client.Health;

namespace SlothActors.Client.Resilience;

/// <summary>
/// The ecosystem client's breaker: <c>threshold</c> consecutive failed requests open it; after
/// <c>recovery</c> one trial request is let through (half-open) and its result closes or reopens it.
/// Polly 8's breaker decides on a failure ratio over a sampling window, which opens on a different
/// sequence (4 failures, 1 success, 4 failures stays closed here but can open there), so this state
/// machine is ours and runs inside the Polly pipeline as a custom strategy.
/// </summary>
internal sealed class ConsecutiveFailureBreaker(int threshold, TimeSpan recovery, TimeProvider time)
{
    private readonly Lock _gate = new();
    private CircuitState _state = CircuitState.Closed;
    private int _consecutiveFailures;
    private long _successes;
    private DateTimeOffset _openedAt;

    public CircuitState State
    {
        get
        {
            lock (_gate)
            {
                return _state == CircuitState.Open && RecoveryElapsed() ? CircuitState.HalfOpen : _state;
            }
        }
    }

    /// <summary>False while open (or while a trial is in flight); <paramref name="retryAfter"/> says how long until a trial.</summary>
    public bool TryEnter(out BreakerTicket ticket, out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            ticket = default;
            retryAfter = TimeSpan.Zero;
            switch (_state)
            {
                case CircuitState.Closed:
                    return true;
                case CircuitState.Open when RecoveryElapsed():
                    _state = CircuitState.HalfOpen;
                    ticket = new BreakerTicket(IsTrial: true);
                    return true;
                case CircuitState.Open:
                    retryAfter = _openedAt + recovery - time.GetUtcNow();
                    return false;
                default:
                    return false;
            }
        }
    }

    public void RecordSuccess(BreakerTicket ticket)
    {
        lock (_gate)
        {
            _successes++;
            // A success that started before the breaker opened says nothing about the collector now.
            if (ticket.IsTrial || _state == CircuitState.Closed)
            {
                _state = CircuitState.Closed;
                _consecutiveFailures = 0;
            }

            AssertInvariants();
        }
    }

    public void RecordFailure(BreakerTicket ticket)
    {
        lock (_gate)
        {
            _consecutiveFailures++;
            if (ticket.IsTrial || (_state == CircuitState.Closed && _consecutiveFailures >= threshold))
            {
                _state = CircuitState.Open;
                _openedAt = time.GetUtcNow();
            }

            AssertInvariants();
        }
    }

    /// <summary>The caller cancelled a trial: no verdict, so the next request becomes the trial.</summary>
    public void Abandon(BreakerTicket ticket)
    {
        lock (_gate)
        {
            if (ticket.IsTrial && _state == CircuitState.HalfOpen)
            {
                _state = CircuitState.Open;
            }
        }
    }

    public CircuitBreakerMetrics Snapshot()
    {
        lock (_gate)
        {
            var state = _state == CircuitState.Open && RecoveryElapsed() ? CircuitState.HalfOpen : _state;
            return new CircuitBreakerMetrics(state, _consecutiveFailures, _successes, threshold, recovery);
        }
    }

    private bool RecoveryElapsed() => time.GetUtcNow() - _openedAt >= recovery;

    [Conditional("DEBUG")]
    private void AssertInvariants()
    {
        Debug.Assert(_state != CircuitState.Closed || _consecutiveFailures < threshold, "a closed breaker holds fewer failures than its threshold");
        Debug.Assert(_consecutiveFailures >= 0 && _successes >= 0, "counters never go negative");
    }
}
