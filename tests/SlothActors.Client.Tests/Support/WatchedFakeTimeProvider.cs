using Microsoft.Extensions.Time.Testing;

namespace SlothActors.Client.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also shows which of its timers are armed. The clock and
/// the firing stay FakeTimeProvider's; this adds only what it does not expose. The tests need it
/// because <see cref="FakeTimeProvider.Advance"/> fires only the timers that exist when it is
/// called: a test must first see that the code under test has armed its delay, or the move is lost
/// and the test hangs or passes for the wrong reason.
/// </summary>
internal sealed class WatchedFakeTimeProvider : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly HashSet<WatchedTimer> _timers = [];

    /// <summary>How far in the future each armed timer is due, shortest first.</summary>
    public IReadOnlyList<TimeSpan> PendingDelays
    {
        get
        {
            var now = GetUtcNow();
            lock (_gate)
            {
                return _timers.Where(timer => timer.Due is not null).Select(timer => timer.Due!.Value - now).Order().ToArray();
            }
        }
    }

    /// <summary>
    /// Moves the clock to the earliest armed timer, which fires (with any due at the same instant);
    /// returns how far the clock moved, for a test whose delays are jittered and so unknown ahead.
    /// </summary>
    /// <exception cref="InvalidOperationException">No timer is armed.</exception>
    public TimeSpan AdvanceToNextTimer()
    {
        var step = PendingDelays is [var first, ..] ? first : throw new InvalidOperationException("no timer is armed");
        Advance(step);
        return step;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var watched = new WatchedTimer(this, callback);
        // Created disarmed, then armed through the watcher, so the ledger sees the first arming too.
        watched.Inner = base.CreateTimer(watched.Fire, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        watched.Change(dueTime, period);
        lock (_gate)
        {
            _timers.Add(watched);
        }

        return watched;
    }

    /// <summary>
    /// Wraps one FakeTimeProvider timer and keeps its due time. Never calls into the provider while
    /// holding the gate: the provider runs callbacks (which take the gate) from inside its own calls.
    /// </summary>
    private sealed class WatchedTimer(WatchedFakeTimeProvider owner, TimerCallback callback) : ITimer
    {
        private int _fires;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public ITimer Inner { get; set; } = null!;

        /// <summary>When the timer fires next on the fake clock; null while disarmed.</summary>
        public DateTimeOffset? Due { get; private set; }

        public void Fire(object? state)
        {
            lock (owner._gate)
            {
                _fires++;
                Due = IsPeriodic(_period) ? Due + _period : null;
            }

            callback(state);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var now = owner.GetUtcNow();
            int firesBefore;
            lock (owner._gate)
            {
                firesBefore = _fires;
                Due = null;
            }

            // Recorded only after FakeTimeProvider has armed it: a test that sees it armed may move
            // the clock at once, and that move must find the timer there.
            var changed = Inner.Change(dueTime, period);
            lock (owner._gate)
            {
                // A zero due time fires inside Inner.Change: a one-shot timer that did is no longer
                // pending, and a periodic one is next due a period (or more) later.
                var firedMeanwhile = _fires - firesBefore;
                _period = period;
                if (dueTime == Timeout.InfiniteTimeSpan || (firedMeanwhile > 0 && !IsPeriodic(period)))
                {
                    Due = null;
                }
                else
                {
                    Due = now + dueTime + (period * firedMeanwhile);
                }
            }

            return changed;
        }

        public void Dispose()
        {
            Inner.Dispose();
            lock (owner._gate)
            {
                Due = null;
                owner._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private static bool IsPeriodic(TimeSpan period) => period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero;
    }
}
