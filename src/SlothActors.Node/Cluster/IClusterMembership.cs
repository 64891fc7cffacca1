using SlothActors.Journal.Cluster;

namespace SlothActors.Node.Cluster;

/// <summary>The cluster as this node's API sees it: a real membership on PostgreSQL, or this node alone on SQLite.</summary>
public interface IClusterMembership
{
    /// <summary><see cref="StorageKinds.Sqlite"/> or <see cref="StorageKinds.Postgres"/>.</summary>
    string Storage { get; }

    string Self { get; }

    /// <summary>This node's status as it last saw it.</summary>
    MemberStatus SelfStatus { get; }

    bool IsLeader { get; }

    /// <summary>Changes of members (status, reachability, address, leadership) as this node notices them.</summary>
    MemberChangeHub Changes { get; }

    Task<ClusterSnapshot> SnapshotAsync(CancellationToken cancellationToken);

    /// <param name="node">Null: this node.</param>
    Task<ClusterCommandResult> LeaveAsync(string? node, CancellationToken cancellationToken);

    Task<ClusterCommandResult> DownAsync(string node, CancellationToken cancellationToken);

    /// <returns>The members this call downed, each with its released event count.</returns>
    Task<IReadOnlyList<ClusterCommandResult>> DownUnreachableAsync(CancellationToken cancellationToken);
}
