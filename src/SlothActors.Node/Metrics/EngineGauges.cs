using SlothActors.Engine.Hosting;
using SlothActors.Engine.Ingress;

namespace SlothActors.Node.Metrics;

/// <summary>Sets the in-flight and pending gauges from the engine's status (which counts the journal).</summary>
internal sealed class EngineGauges(EngineHost engine, NodeMetrics metrics, TimeProvider time) : ThrottledRefresher(time)
{
    protected override async Task<bool> TryRefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            var status = await engine.GetStatusAsync(cancellationToken).ConfigureAwait(false);
            metrics.EventsInFlight.Set(status.InFlight);
            metrics.Pending(status.PendingInJournal);
            return true;
        }
        catch (EngineUnavailableException)
        {
            // Not started yet or shutting down.
            return false;
        }
    }
}
