namespace SlothActors.TestKit;

/// <summary>
/// A clock that moves only when told to. <see cref="Advance"/> fires every timer that falls due,
/// in due order and at its due time, synchronously on the calling thread.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now;

    public ManualTimeProvider(DateTimeOffset? start = null) => _now = start ?? new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Timers currently armed; lets a test wait until something has scheduled.</summary>
    public int ActiveTimerCount
    {
        get
        {
            lock (_lock)
            {
                return _timers.Count(t => t.DueAt is not null);
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        lock (_lock)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/>, firing due timers on the way.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_lock)
        {
            target = _now + delta;
        }

        while (TryTakeNextDue(target, out var timer))
        {
            // Outside the lock: a callback may create, change or dispose timers.
            timer.Fire();
        }

        lock (_lock)
        {
            _now = target;
        }
    }

    internal void Arm(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_lock)
        {
            timer.Period = period;
            timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _now + dueTime;
        }
    }

    internal void Remove(ManualTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    private bool TryTakeNextDue(DateTimeOffset target, out ManualTimer timer)
    {
        lock (_lock)
        {
            timer = null!;
            foreach (var candidate in _timers)
            {
                if (candidate.DueAt is { } due && due <= target && (timer is null || due < timer.DueAt))
                {
                    timer = candidate;
                }
            }

            if (timer is null)
            {
                return false;
            }

            _now = timer.DueAt!.Value;
            var repeats = timer.Period != Timeout.InfiniteTimeSpan && timer.Period > TimeSpan.Zero;
            timer.DueAt = repeats ? _now + timer.Period : null;
            return true;
        }
    }
}
