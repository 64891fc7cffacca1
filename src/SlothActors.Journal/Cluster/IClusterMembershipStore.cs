namespace SlothActors.Journal.Cluster;

/// <summary>
/// The membership table. Every time written or compared comes from the database clock, so
/// nodes with skewed clocks agree on who is alive. Each change notifies <see cref="ClusterChannels.Members"/>.
/// </summary>
public interface IClusterMembershipStore
{
    /// <summary>
    /// Writes the member as joining: a new row, or the row of a previous process of that name
    /// (whatever its status) reset to joining with fresh times.
    /// </summary>
    Task<ClusterMember> JoinAsync(MemberRegistration member, CancellationToken cancellationToken);

    /// <summary>Stamps the member's heartbeat with the database clock.</summary>
    /// <returns>Its status as stored (a node fences itself on down or removed); null when the row is gone.</returns>
    Task<MemberStatus?> HeartbeatAsync(string name, CancellationToken cancellationToken);

    /// <summary>Moves the member to <paramref name="status"/> if <see cref="MemberTransitions"/> allows it; up also stamps up-since.</summary>
    Task<StatusChange> ChangeStatusAsync(string name, MemberStatus status, CancellationToken cancellationToken);

    /// <summary>Sets the address the member is reached at (known only once its server listens).</summary>
    /// <returns>False when no member has that name.</returns>
    Task<bool> SetAddressAsync(string name, string address, CancellationToken cancellationToken);

    /// <summary>Every member, reachable when its heartbeat is at most <paramref name="unreachableAfter"/> old.</summary>
    Task<ClusterSnapshot> ListAsync(TimeSpan unreachableAfter, CancellationToken cancellationToken);
}
