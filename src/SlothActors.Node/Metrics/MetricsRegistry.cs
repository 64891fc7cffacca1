using System.Text;

namespace SlothActors.Node.Metrics;

/// <summary>
/// Our own Prometheus registry (prometheus-net is not on the package feed): families are
/// created once and written in registration order at every scrape.
/// </summary>
public sealed class MetricsRegistry
{
    /// <summary>Default cap on series per family; see <see cref="MetricFamily{TSeries}"/>.</summary>
    public const int DefaultMaxSeries = 1000;

    private readonly List<Action<StringBuilder>> _families = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public CounterFamily Counter(string name, string help, params string[] labelNames) =>
        Register(name, new CounterFamily(name, help, labelNames, DefaultMaxSeries), f => f.AppendTo);

    public GaugeFamily Gauge(string name, string help, params string[] labelNames) =>
        Register(name, new GaugeFamily(name, help, labelNames, DefaultMaxSeries), f => f.AppendTo);

    public HistogramFamily Histogram(string name, string help, double[] bounds, params string[] labelNames) =>
        Register(name, new HistogramFamily(name, help, labelNames, bounds, DefaultMaxSeries), f => f.AppendTo);

    /// <summary>The whole registry in the Prometheus text exposition format.</summary>
    public string Expose()
    {
        var text = new StringBuilder(4096);
        lock (_gate)
        {
            foreach (var append in _families)
            {
                append(text);
            }
        }

        return text.ToString();
    }

    private TFamily Register<TFamily>(string name, TFamily family, Func<TFamily, Action<StringBuilder>> appender)
    {
        lock (_gate)
        {
            if (!_names.Add(name))
            {
                throw new InvalidOperationException($"metric {name} is already registered");
            }

            _families.Add(appender(family));
        }

        return family;
    }
}
