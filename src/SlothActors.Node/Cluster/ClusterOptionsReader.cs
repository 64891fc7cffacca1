using System.Globalization;
using Microsoft.Extensions.Configuration;
using SlothActors.Node.Hosting;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Cluster;

/// <summary>
/// Reads the <c>Cluster</c> section. A duration is a TimeSpan (<c>00:00:01</c>) or a short
/// form (<c>10s</c>, <c>1h</c>). A setting of the retired PostgreSQL membership is refused
/// (<see cref="RemovedClusterSettings"/>).
/// </summary>
public static class ClusterOptionsReader
{
    public static ClusterOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        RemovedClusterSettings.Refuse(configuration);
        var defaults = new ClusterOptions();
        TimeSpan Get(string key, TimeSpan fallback) =>
            configuration[$"{ClusterOptions.SectionName}:{key}"] is { } text ? ParseDuration(text, $"{ClusterOptions.SectionName}:{key}") : fallback;

        return defaults with
        {
            StableAfter = Get(nameof(ClusterOptions.StableAfter), defaults.StableAfter),
            RetentionInterval = Get(nameof(ClusterOptions.RetentionInterval), defaults.RetentionInterval),
            Retention = Get(nameof(ClusterOptions.Retention), defaults.Retention),
            StreamPingInterval = Get(nameof(ClusterOptions.StreamPingInterval), defaults.StreamPingInterval),
        };
    }

    /// <exception cref="NodeOptionsException">Not a duration.</exception>
    public static TimeSpan ParseDuration(string text, string name)
    {
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) || DurationText.TryParse(text, out value))
        {
            return value;
        }

        throw new NodeOptionsException($"{name} '{text}' is not a duration: use hh:mm:ss (e.g. 00:00:05) or NUMBER UNIT parts (e.g. 5s, 2m, 1h)");
    }
}
