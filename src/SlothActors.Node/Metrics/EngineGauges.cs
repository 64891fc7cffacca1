using SlothActors.Engine.Hosting;
using SlothActors.Engine.Ingress;

namespace SlothActors.Node.Metrics;

/// <summary>
/// Sets the in-flight and pending gauges from the engine's status. The status counts the
/// journal, so it is asked at most once a second however often Prometheus scrapes.
/// </summary>
internal sealed class EngineGauges(EngineHost engine, NodeMetrics metrics, TimeProvider time) : IMetricsRefresher
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

            var status = await engine.GetStatusAsync(cancellationToken).ConfigureAwait(false);
            metrics.EventsInFlight.Set(status.InFlight);
            metrics.Pending(status.PendingInJournal);
            _refreshedAt = time.GetUtcNow();
        }
        catch (EngineUnavailableException)
        {
            // Not started yet or shutting down: the last values stand.
        }
        finally
        {
            _refreshing.Release();
        }
    }
}
