namespace SlothActors.Node.Metrics;

/// <summary>
/// A refresher whose source is a query (the journal's counts): asked at most
/// once a second however often Prometheus scrapes, one ask at a time.
/// </summary>
internal abstract class ThrottledRefresher(TimeProvider time) : IMetricsRefresher
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private DateTimeOffset _refreshedAt = DateTimeOffset.MinValue;

    public async ValueTask RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (time.GetUtcNow() - _refreshedAt >= MaxAge && await TryRefreshAsync(cancellationToken).ConfigureAwait(false))
            {
                _refreshedAt = time.GetUtcNow();
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <returns>False when the source cannot answer now: the last values stand and the next scrape asks again.</returns>
    protected abstract Task<bool> TryRefreshAsync(CancellationToken cancellationToken);
}
