using System.Text;

namespace SlothActors.Node.Metrics;

public sealed class GaugeFamily(string name, string help, string[] labelNames, int maxSeries)
    : MetricFamily<Gauge>(name, help, labelNames, maxSeries)
{
    public override string Type => "gauge";

    protected override Gauge CreateSeries() => new();

    protected override void AppendSeries(StringBuilder text, IReadOnlyList<string> labels, Gauge series) =>
        ExpositionText.AppendSample(text, Name, LabelNames, labels, series.Value);
}
