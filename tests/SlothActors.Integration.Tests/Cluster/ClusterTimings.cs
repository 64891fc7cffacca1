using System.Globalization;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>
/// The <c>Cluster</c> section the test nodes run with: the production timings (1 s heartbeat,
/// 5 s unreachable) scaled down so a failure is detected in about a second and a half.
/// </summary>
public sealed record ClusterTimings
{
    public static ClusterTimings Fast { get; } = new();

    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan UnreachableAfter { get; init; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>More than twice the heartbeat, as the node validates.</summary>
    public TimeSpan LeaderLeaseTtl { get; init; } = TimeSpan.FromMilliseconds(1000);

    /// <summary>
    /// The Split Brain Resolver's wait before it downs an unreachable node (10 s in the script's
    /// config): shorter, so a failover test is quick, but well above the failure detector's
    /// pauses under a loaded test machine.
    /// </summary>
    public TimeSpan StableAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Null: no auto-down, an operator downs unreachable nodes.</summary>
    public TimeSpan? AutoDownAfter { get; init; }

    public ClusterTimings WithAutoDownAfter(TimeSpan after) => this with { AutoDownAfter = after };

    /// <returns>The settings as <c>Cluster:X</c> values (TimeSpan text, which the configuration binder reads).</returns>
    public IReadOnlyDictionary<string, string> Settings()
    {
        var settings = new Dictionary<string, string>
        {
            ["HeartbeatInterval"] = Text(HeartbeatInterval),
            ["UnreachableAfter"] = Text(UnreachableAfter),
            ["LeaderLeaseTtl"] = Text(LeaderLeaseTtl),
            ["StableAfter"] = Text(StableAfter),
        };
        if (AutoDownAfter is { } autoDown)
        {
            settings["AutoDownAfter"] = Text(autoDown);
        }

        return settings;
    }

    private static string Text(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
