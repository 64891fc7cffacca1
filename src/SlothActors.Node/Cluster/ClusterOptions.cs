using SlothActors.Node.Hosting;

namespace SlothActors.Node.Cluster;

/// <summary>
/// The cluster's timings, section <c>Cluster</c> (env <c>SLOTH_CLUSTER__X</c>). Immutable; tests
/// shorten them with <c>with</c>. <see cref="StableAfter"/> is Akka.Cluster's, <see cref="Retention"/>
/// and <see cref="RetentionInterval"/> the retention singleton's.
/// </summary>
public sealed record ClusterOptions
{
    public const string SectionName = "Cluster";

    /// <summary>
    /// How long Akka's Split Brain Resolver waits for the membership to stop changing before it
    /// downs the unreachable side (keep-majority on role <c>worker</c>). Shorter fails over
    /// sooner; too short downs nodes that were only paused (a long GC, a busy host).
    /// </summary>
    public TimeSpan StableAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the retention singleton (one node of the Akka cluster) runs retention cleanup.</summary>
    public TimeSpan RetentionInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Completed and failed events older than this are deleted by the retention singleton.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How often the member stream sends a comment line so that proxies keep it open.</summary>
    public TimeSpan StreamPingInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <exception cref="NodeOptionsException">A timing is out of range; the message names it.</exception>
    public void EnsureValid()
    {
        if (StableAfter < TimeSpan.FromSeconds(1))
        {
            throw new NodeOptionsException($"{SectionName}:{nameof(StableAfter)} must be at least 1s, not {StableAfter}: shorter downs members that were only paused");
        }

        Positive(RetentionInterval, nameof(RetentionInterval));
        Positive(Retention, nameof(Retention));
        Positive(StreamPingInterval, nameof(StreamPingInterval));
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new NodeOptionsException($"{SectionName}:{name} must be a positive duration, not {value}");
        }
    }
}
