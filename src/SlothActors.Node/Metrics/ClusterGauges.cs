using SlothActors.Node.Cluster;

namespace SlothActors.Node.Metrics;

/// <summary>
/// Sets the members-by-status gauge from the membership. On PostgreSQL a snapshot is a query,
/// so it is taken at most once a second however often Prometheus scrapes.
/// </summary>
internal sealed class ClusterGauges(IClusterMembership membership, NodeMetrics metrics, TimeProvider time) : IMetricsRefresher
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private DateTimeOffset _refreshedAt = DateTimeOffset.MinValue;

    public async ValueTask RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (time.GetUtcNow() - _refreshedAt < MaxAge)
            {
                return;
            }

            var snapshot = await membership.SnapshotAsync(cancellationToken).ConfigureAwait(false);
            metrics.Members(snapshot.Members);
            _refreshedAt = time.GetUtcNow();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The cluster store is unreachable: the last counts stand, and /health says why.
        }
        finally
        {
            _refreshing.Release();
        }
    }
}
