namespace SlothActors.Actors;

internal sealed class ScheduledTell(TimerScheduler owner, IActorRef receiver, object message, IActorRef? sender, bool isRepeating)
    : ICancelable
{
    private ITimer? _timer;
    private int _cancelled;

    public bool IsCancellationRequested => Volatile.Read(ref _cancelled) == 1;

    public void Start(TimeProvider time, TimeSpan due, TimeSpan period)
    {
        // Created disarmed and armed only once stored, so a zero delay cannot fire before
        // _timer is set and a once-tell can always dispose its own timer.
        var timer = time.CreateTimer(static state => ((ScheduledTell)state!).Fire(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer = timer;
        if (IsCancellationRequested)
        {
            timer.Dispose();
            return;
        }

        timer.Change(due, period);
    }

    public void Cancel()
    {
        if (Interlocked.Exchange(ref _cancelled, 1) == 0)
        {
            _timer?.Dispose();
            owner.Forget(this);
        }
    }

    private void Fire()
    {
        if (IsCancellationRequested)
        {
            return;
        }

        if (!isRepeating)
        {
            Cancel();
        }

        receiver.Tell(message, sender);
    }
}
