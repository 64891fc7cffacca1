namespace SlothActors.Node.Metrics;

/// <summary>Brings gauges read from elsewhere (the engine, the journal) up to date before a scrape.</summary>
public interface IMetricsRefresher
{
    ValueTask RefreshAsync(CancellationToken cancellationToken);
}
