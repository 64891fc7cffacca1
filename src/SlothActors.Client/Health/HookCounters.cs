namespace SlothActors.Client.Health;

/// <summary>Lock-free counters shared by the emitting callers and the batch flusher.</summary>
internal sealed class HookCounters
{
    private long _emitted;
    private long _failed;
    private long _rejected;
    private long _dropped;
    private long _retries;
    private long _lastSuccessTicks = -1;
    private string? _lastError;

    public long Emitted => Interlocked.Read(ref _emitted);

    public long Failed => Interlocked.Read(ref _failed);

    public long Rejected => Interlocked.Read(ref _rejected);

    public long Dropped => Interlocked.Read(ref _dropped);

    public long Retries => Interlocked.Read(ref _retries);

    public string? LastError => Volatile.Read(ref _lastError);

    public DateTimeOffset? LastSuccess =>
        Interlocked.Read(ref _lastSuccessTicks) is var ticks and >= 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public void Delivered(int count, DateTimeOffset now)
    {
        Interlocked.Add(ref _emitted, count);
        Interlocked.Exchange(ref _lastSuccessTicks, now.UtcTicks);
    }

    public void NotDelivered(int count, string error)
    {
        Interlocked.Add(ref _failed, count);
        Volatile.Write(ref _lastError, error);
    }

    public void RejectedByBreaker(int count)
    {
        Interlocked.Add(ref _rejected, count);
        NotDelivered(count, "circuit breaker open");
    }

    public void DroppedLocally(int count, string reason)
    {
        Interlocked.Add(ref _dropped, count);
        NotDelivered(count, reason);
    }

    public void Retried() => Interlocked.Increment(ref _retries);
}
