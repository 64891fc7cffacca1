using System.Text;

namespace SlothActors.Node.Metrics;

public sealed class HistogramFamily : MetricFamily<Histogram>
{
    private readonly double[] _bounds;

    public HistogramFamily(string name, string help, string[] labelNames, double[] bounds, int maxSeries)
        : base(name, help, labelNames, maxSeries)
    {
        if (bounds.Length == 0 || bounds.Zip(bounds.Skip(1)).Any(pair => pair.First >= pair.Second) || bounds.Any(double.IsNaN))
        {
            throw new ArgumentException("histogram bounds must be non-empty and strictly increasing", nameof(bounds));
        }

        _bounds = bounds.Where(double.IsFinite).ToArray();
    }

    public override string Type => "histogram";

    protected override Histogram CreateSeries() => new(_bounds);

    protected override void AppendSeries(StringBuilder text, IReadOnlyList<string> labels, Histogram series)
    {
        long count = 0;
        foreach (var (bound, cumulative) in series.Buckets())
        {
            ExpositionText.AppendSample(text, Name + "_bucket", LabelNames, labels, cumulative, ("le", ExpositionText.Number(bound)));
            count = cumulative;
        }

        // _count is the +Inf bucket read in the same pass, so the two always agree in one scrape.
        ExpositionText.AppendSample(text, Name + "_sum", LabelNames, labels, series.Sum);
        ExpositionText.AppendSample(text, Name + "_count", LabelNames, labels, count);
    }
}
