using Microsoft.Extensions.Logging;

namespace SlothActors.Actors;

/// <summary>
/// Counts messages that reached no actor and logs them at debug, at most one line per interval
/// with the number suppressed since, so a flood of dead letters cannot flood the log.
/// Only message types are logged, never contents (they may carry secrets).
/// </summary>
internal sealed class DeadLetterOffice(ILogger logger, TimeProvider time)
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(1);
    private long _count;
    private long _suppressed;
    private long _nextLogTimestamp;

    public long Count => Interlocked.Read(ref _count);

    public void Publish(object message, IActorRef? sender, IActorRef recipient)
    {
        Interlocked.Increment(ref _count);
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        var now = time.GetTimestamp();
        var next = Interlocked.Read(ref _nextLogTimestamp);
        var due = now >= next
            && Interlocked.CompareExchange(ref _nextLogTimestamp, now + (long)(LogInterval.TotalSeconds * time.TimestampFrequency), next) == next;
        if (!due)
        {
            Interlocked.Increment(ref _suppressed);
            return;
        }

        KernelLog.DeadLetter(logger, message.GetType().Name, recipient.Path, sender?.Path ?? "no sender", Interlocked.Exchange(ref _suppressed, 0));
    }
}
