using System.Collections.Concurrent;

namespace SlothActors.Actors;

/// <summary>One <see cref="ITimer"/> per scheduled tell; the live ones are tracked so termination cancels them.</summary>
internal sealed class TimerScheduler(TimeProvider time) : IScheduler
{
    private readonly ConcurrentDictionary<ScheduledTell, byte> _live = new();

    public ICancelable ScheduleTellOnce(TimeSpan delay, IActorRef receiver, object message, IActorRef? sender)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return Schedule(delay, Timeout.InfiniteTimeSpan, receiver, message, sender);
    }

    public ICancelable ScheduleTellRepeatedly(TimeSpan initialDelay, TimeSpan interval, IActorRef receiver, object message, IActorRef? sender)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initialDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        return Schedule(initialDelay, interval, receiver, message, sender);
    }

    public void CancelAll()
    {
        foreach (var tell in _live.Keys)
        {
            tell.Cancel();
        }
    }

    internal void Forget(ScheduledTell tell) => _live.TryRemove(tell, out _);

    private ScheduledTell Schedule(TimeSpan due, TimeSpan period, IActorRef receiver, object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(message);
        var tell = new ScheduledTell(this, receiver, message, sender, isRepeating: period != Timeout.InfiniteTimeSpan);
        _live.TryAdd(tell, 0);
        tell.Start(time, due, period);
        return tell;
    }
}
