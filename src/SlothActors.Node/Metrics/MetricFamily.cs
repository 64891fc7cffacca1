using System.Collections.Concurrent;
using System.Text;

namespace SlothActors.Node.Metrics;

/// <summary>
/// One metric name with its label names and one series per distinct label values. The number
/// of series is capped: label values come from clients (hook names, type categories), and an
/// unbounded family would let them grow the node's memory; past the cap every new combination
/// is counted in one series whose labels all read <c>_other</c>.
/// </summary>
public abstract class MetricFamily<TSeries>
    where TSeries : class
{
    public const string OverflowLabel = "_other";

    private readonly ConcurrentDictionary<string, (string[] Labels, TSeries Series)> _series = new(StringComparer.Ordinal);
    private readonly int _maxSeries;
    private TSeries? _overflow;

    protected MetricFamily(string name, string help, string[] labelNames, int maxSeries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSeries, 1);
        Name = name;
        Help = help;
        LabelNames = labelNames;
        _maxSeries = maxSeries;
    }

    public string Name { get; }

    public string Help { get; }

    public IReadOnlyList<string> LabelNames { get; }

    public abstract string Type { get; }

    /// <summary>The series for these label values (one value per label name, in order).</summary>
    public TSeries WithLabels(params string[] values)
    {
        if (values.Length != LabelNames.Count)
        {
            throw new ArgumentException($"{Name} takes {LabelNames.Count} label values, got {values.Length}", nameof(values));
        }

        var key = values.Length == 1 ? values[0] : string.Join('\u001f', values);
        if (_series.TryGetValue(key, out var found))
        {
            return found.Series;
        }

        if (_series.Count >= _maxSeries)
        {
            // Two racing threads must land on the same overflow series, or counts would be lost.
            Interlocked.CompareExchange(ref _overflow, CreateSeries(), null);
            return _overflow;
        }

        return _series.GetOrAdd(key, static (_, state) => (state.values, state.family.CreateSeries()), (values: (string[])values.Clone(), family: this)).Series;
    }

    internal void AppendTo(StringBuilder text)
    {
        if (LabelNames.Count == 0)
        {
            WithLabels(); // an unlabelled metric reads 0 before its first use, not absent
        }

        ExpositionText.AppendHeader(text, Name, Help, Type);
        foreach (var (labels, series) in _series.Values.OrderBy(s => string.Join('\u001f', s.Labels), StringComparer.Ordinal))
        {
            AppendSeries(text, labels, series);
        }

        if (_overflow is { } overflow)
        {
            AppendSeries(text, LabelNames.Select(_ => OverflowLabel).ToArray(), overflow);
        }
    }

    protected IEnumerable<TSeries> AllSeries()
    {
        foreach (var entry in _series.Values)
        {
            yield return entry.Series;
        }

        if (_overflow is { } overflow)
        {
            yield return overflow;
        }
    }

    protected abstract TSeries CreateSeries();

    protected abstract void AppendSeries(StringBuilder text, IReadOnlyList<string> labels, TSeries series);
}
