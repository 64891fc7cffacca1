namespace SlothActors.Client.Tests.Support;

/// <summary>A clock that moves only when a test says so; timers fire inside <see cref="AdvanceToNextTimer"/> or <see cref="Advance"/>.</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>How far in the future each scheduled timer is due.</summary>
    public IReadOnlyList<TimeSpan> PendingDelays
    {
        get
        {
            lock (_gate)
            {
                return _timers.Select(timer => timer.Due - _now).Order().ToArray();
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock without firing anything that is due later than <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (FireNext(target))
        {
        }

        lock (_gate)
        {
            _now = target > _now ? target : _now;
        }
    }

    /// <summary>Moves the clock to the earliest timer and fires it (only it); returns how far the clock moved.</summary>
    public TimeSpan AdvanceToNextTimer()
    {
        DateTimeOffset before;
        lock (_gate)
        {
            before = _now;
            if (_timers.Count == 0)
            {
                throw new InvalidOperationException("no timer is scheduled");
            }
        }

        FireNext(DateTimeOffset.MaxValue);
        return GetUtcNow() - before;
    }

    private bool FireNext(DateTimeOffset limit)
    {
        ManualTimer? next;
        lock (_gate)
        {
            next = _timers.Where(timer => timer.Due <= limit).MinBy(timer => timer.Due);
            if (next is null)
            {
                return false;
            }

            _now = next.Due > _now ? next.Due : _now;
            _timers.Remove(next);
            if (next.Period > TimeSpan.Zero && next.Period != Timeout.InfiniteTimeSpan)
            {
                next.Due = _now + next.Period;
                _timers.Add(next);
            }
        }

        next.Fire();
        return true;
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.Due = _now + dueTime;
            timer.Period = period;
            _timers.Add(timer);
        }
    }

    private void Cancel(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset Due { get; set; }

        public TimeSpan Period { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Schedule(this, dueTime, period);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Cancel(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
