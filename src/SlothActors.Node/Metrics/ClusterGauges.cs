using SlothActors.Node.Cluster;

namespace SlothActors.Node.Metrics;

/// <summary>Sets the members-by-status gauge from the membership (on PostgreSQL a snapshot is a query).</summary>
internal sealed class ClusterGauges(IClusterMembership membership, NodeMetrics metrics, TimeProvider time) : ThrottledRefresher(time)
{
    protected override async Task<bool> TryRefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = await membership.SnapshotAsync(cancellationToken).ConfigureAwait(false);
            metrics.Members(snapshot.Members);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The cluster store is unreachable; /health says why.
            return false;
        }
    }
}
