namespace SlothActors.Node.Metrics;

/// <summary>A value that goes up and down, or is read from a source at scrape time.</summary>
public sealed class Gauge
{
    private long _value;
    private Func<long>? _source;

    public long Value => _source is { } source ? source() : Interlocked.Read(ref _value);

    public void Set(long value) => Interlocked.Exchange(ref _value, value);

    public void Inc() => Interlocked.Increment(ref _value);

    public void Dec() => Interlocked.Decrement(ref _value);

    /// <summary>Reads the value from <paramref name="source"/> at every scrape instead (e.g. a queue length).</summary>
    public void TrackFrom(Func<long> source) => _source = source;
}
