using System.Text;

namespace SlothActors.Node.Metrics;

public sealed class CounterFamily(string name, string help, string[] labelNames, int maxSeries)
    : MetricFamily<Counter>(name, help, labelNames, maxSeries)
{
    public override string Type => "counter";

    /// <summary>Sum over every series.</summary>
    public long Total => AllSeries().Sum(c => c.Value);

    protected override Counter CreateSeries() => new();

    protected override void AppendSeries(StringBuilder text, IReadOnlyList<string> labels, Counter series) =>
        ExpositionText.AppendSample(text, Name, LabelNames, labels, series.Value);
}
