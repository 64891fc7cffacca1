namespace SlothActors.Journal.Cluster;

/// <summary>One row of the membership table, with reachability derived from the database clock.</summary>
/// <param name="Reachable">Its last heartbeat is at most the unreachable-after delay old (database time).</param>
public sealed record ClusterMember(
    string Name,
    string Address,
    IReadOnlyList<string> Roles,
    string Version,
    MemberStatus Status,
    DateTimeOffset JoinedAt,
    DateTimeOffset? UpSince,
    DateTimeOffset HeartbeatAt,
    DateTimeOffset UpdatedAt,
    bool Reachable);
