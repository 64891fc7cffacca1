using System.Globalization;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>
/// The <c>Cluster</c> section the test nodes run with: the Split Brain Resolver's wait scaled
/// down from the production 10 s.
/// </summary>
public sealed record ClusterTimings
{
    public static ClusterTimings Fast { get; } = new();

    /// <summary>
    /// The Split Brain Resolver's wait before it downs an unreachable node (10 s in the script's
    /// config): shorter, so a failover test is quick, but well above the failure detector's
    /// pauses under a loaded test machine.
    /// </summary>
    public TimeSpan StableAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <returns>The settings as <c>Cluster:X</c> values (TimeSpan text, which the configuration binder reads).</returns>
    public IReadOnlyDictionary<string, string> Settings()
    {
        return new Dictionary<string, string>
        {
            ["StableAfter"] = Text(StableAfter),
        };
    }

    private static string Text(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
