using SlothActors.Node.Hosting;

namespace SlothActors.Node.Cluster;

/// <summary>
/// The cluster's timings, section <c>Cluster</c> (env <c>SLOTH_CLUSTER__X</c>). Immutable; tests
/// shorten them with <c>with</c>. <see cref="StableAfter"/> is Akka.Cluster's, <see cref="Retention"/>
/// and <see cref="RetentionInterval"/> the retention singleton's; the rest belong to the
/// PostgreSQL membership a node on PostgreSQL still runs beside it.
/// </summary>
public sealed record ClusterOptions
{
    public const string SectionName = "Cluster";

    /// <summary>How often the node stamps its heartbeat and renews the leader lease.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Silence (by the database clock) after which a member is shown unreachable.</summary>
    public TimeSpan UnreachableAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long Akka's Split Brain Resolver waits for the membership to stop changing before it
    /// downs the unreachable side (keep-majority on role <c>worker</c>). Shorter fails over
    /// sooner; too short downs nodes that were only paused (a long GC, a busy host).
    /// </summary>
    public TimeSpan StableAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a member stays unreachable before the leader downs it; null: never (an operator does).</summary>
    public TimeSpan? AutoDownAfter { get; init; }

    /// <summary>
    /// Lifetime of the leader lease; more than twice <see cref="HeartbeatInterval"/>, so a single
    /// late renewal does not hand the singletons to another node while the leader is fine.
    /// </summary>
    public TimeSpan LeaderLeaseTtl { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the retention singleton (one node of the Akka cluster) runs retention cleanup.</summary>
    public TimeSpan RetentionInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Completed and failed events older than this are deleted by the retention singleton.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How often the member stream sends a comment line so that proxies keep it open.</summary>
    public TimeSpan StreamPingInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <exception cref="NodeOptionsException">A timing is out of range; the message names it.</exception>
    public void EnsureValid()
    {
        Positive(HeartbeatInterval, nameof(HeartbeatInterval));
        if (StableAfter < TimeSpan.FromSeconds(1))
        {
            throw new NodeOptionsException($"{SectionName}:{nameof(StableAfter)} must be at least 1s, not {StableAfter}: shorter downs members that were only paused");
        }

        Positive(UnreachableAfter, nameof(UnreachableAfter));
        Positive(LeaderLeaseTtl, nameof(LeaderLeaseTtl));
        Positive(RetentionInterval, nameof(RetentionInterval));
        Positive(Retention, nameof(Retention));
        Positive(StreamPingInterval, nameof(StreamPingInterval));
        if (AutoDownAfter is { } autoDown)
        {
            Positive(autoDown, nameof(AutoDownAfter));
        }

        if (LeaderLeaseTtl <= 2 * HeartbeatInterval)
        {
            throw new NodeOptionsException(
                $"{SectionName}:{nameof(LeaderLeaseTtl)} ({LeaderLeaseTtl}) must be more than twice {SectionName}:{nameof(HeartbeatInterval)} ({HeartbeatInterval}), " +
                "or one late renewal hands leadership to another node");
        }

        if (UnreachableAfter <= HeartbeatInterval)
        {
            throw new NodeOptionsException(
                $"{SectionName}:{nameof(UnreachableAfter)} ({UnreachableAfter}) must be longer than {SectionName}:{nameof(HeartbeatInterval)} ({HeartbeatInterval}), " +
                "or healthy members flap between reachable and unreachable");
        }
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new NodeOptionsException($"{SectionName}:{name} must be a positive duration, not {value}");
        }
    }
}
