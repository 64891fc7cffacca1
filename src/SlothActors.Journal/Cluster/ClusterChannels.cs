namespace SlothActors.Journal.Cluster;

/// <summary>
/// The notification channels every node on PostgreSQL listens on. Hook changes travel over Akka's
/// DistributedPubSub instead (the node's HookChangesActor), not through the database.
/// </summary>
public static class ClusterChannels
{
    /// <summary>Pending work was appended or released (payload: a count): run the fallback claim now.</summary>
    public const string Events = "sloth_events";

    /// <summary>A member's row changed (payload: its name): refresh the membership view.</summary>
    public const string Members = "sloth_members";

    public static readonly IReadOnlyList<string> All = [Events, Members];
}
