namespace SlothActors.Journal.Cluster;

/// <summary>The notification channels every node listens on.</summary>
public static class ClusterChannels
{
    /// <summary>A hook was added, changed or removed (payload: its name): refresh the hook registry.</summary>
    public const string Hooks = "sloth_hooks";

    /// <summary>Pending work was appended or released (payload: a count): run the fallback claim now.</summary>
    public const string Events = "sloth_events";

    /// <summary>A member's row changed (payload: its name): refresh the membership view.</summary>
    public const string Members = "sloth_members";

    public static readonly IReadOnlyList<string> All = [Hooks, Events, Members];
}
