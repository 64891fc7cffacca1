namespace SlothActors.Node.Metrics;

/// <summary>
/// Counts observations into fixed buckets. Each observation touches one bucket, the count and
/// the sum, all without locks; cumulative bucket counts are computed only at scrape time.
/// </summary>
public sealed class Histogram
{
    private readonly double[] _bounds;
    private readonly long[] _buckets; // per bucket, not cumulative; the last is +Inf
    private long _count;
    private long _sumBits;

    internal Histogram(double[] bounds)
    {
        _bounds = bounds;
        _buckets = new long[bounds.Length + 1];
    }

    public long Count => Interlocked.Read(ref _count);

    public double Sum => BitConverter.Int64BitsToDouble(Interlocked.Read(ref _sumBits));

    public void Observe(double value)
    {
        var index = Array.BinarySearch(_bounds, value);
        // An exact hit belongs to that bucket (le is inclusive); a miss gives the next larger bound.
        Interlocked.Increment(ref _buckets[index >= 0 ? index : ~index]);
        Interlocked.Increment(ref _count);
        AddToSum(value);
    }

    /// <summary>Cumulative counts per upper bound, ending with +Inf (equal to <see cref="Count"/> at rest).</summary>
    internal IEnumerable<(double UpperBound, long CumulativeCount)> Buckets()
    {
        long running = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            running += Interlocked.Read(ref _buckets[i]);
            yield return (i < _bounds.Length ? _bounds[i] : double.PositiveInfinity, running);
        }
    }

    private void AddToSum(double value)
    {
        var current = Interlocked.Read(ref _sumBits);
        while (true)
        {
            var next = BitConverter.DoubleToInt64Bits(BitConverter.Int64BitsToDouble(current) + value);
            var seen = Interlocked.CompareExchange(ref _sumBits, next, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
