using System.Globalization;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>Latency samples in milliseconds; percentiles by sorting (exact, and cheap for a few million).</summary>
internal sealed class LatencySamples
{
    private readonly List<double> _ms = [];
    private bool _sorted;

    public int Count => _ms.Count;

    public void Add(double ms)
    {
        _ms.Add(ms);
        _sorted = false;
    }

    /// <summary>The nearest-rank percentile, <paramref name="percent"/> from 0 to 100.</summary>
    public double Percentile(double percent)
    {
        if (_ms.Count == 0)
        {
            return double.NaN;
        }

        if (!_sorted)
        {
            _ms.Sort();
            _sorted = true;
        }

        var rank = (int)Math.Ceiling(percent / 100 * _ms.Count);
        return _ms[Math.Clamp(rank - 1, 0, _ms.Count - 1)];
    }

    public double Max => Percentile(100);

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"p50 {Percentile(50):F2} ms, p90 {Percentile(90):F2} ms, p99 {Percentile(99):F2} ms, p99.9 {Percentile(99.9):F2} ms, max {Max:F2} ms");
}
