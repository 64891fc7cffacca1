namespace SlothActors.Node.Cluster;

/// <summary>
/// Akka.Cluster decides who is down, but on PostgreSQL the events a node claimed are still held
/// under its name in the membership table (docs/decisions/0003, until the claims move onto the
/// partitions). So when an operator downs a member through Akka, its row is downed too, which
/// releases those events to the other nodes at once and fences the member if it still runs.
/// On SQLite there is no such table and nothing to release.
/// </summary>
internal static class DownedMemberClaims
{
    /// <param name="name">The member's node name; null when this node does not know it (nothing can be released).</param>
    /// <returns>How many events went back to pending.</returns>
    public static async Task<int> ReleaseAsync(IClusterMembership? membership, string? name, CancellationToken cancellationToken)
    {
        if (membership is not ClusterNode postgres || name is null || name == postgres.Self)
        {
            return 0;
        }

        // Not found (never joined the table) or already down or removed there: nothing left to release.
        var result = await postgres.DownAsync(name, cancellationToken).ConfigureAwait(false);
        return result.Outcome == ClusterCommandOutcome.Done ? result.Released : 0;
    }
}
