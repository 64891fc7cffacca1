using Akka.Actor;
using Microsoft.Extensions.DependencyInjection;
using SlothActors.Node.Health;

namespace SlothActors.Node.Metrics;

/// <summary>Sets the members-by-status gauge from Akka.Cluster's state as this node sees it.</summary>
/// <remarks>The actor system is looked up per refresh: a scrape may come before Akka.Hosting has started it.</remarks>
internal sealed class ClusterGauges(IServiceProvider services, NodeMetrics metrics, TimeProvider time) : ThrottledRefresher(time)
{
    protected override Task<bool> TryRefreshAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<ActorSystem>() is not { WhenTerminated.IsCompleted: false } system)
        {
            return Task.FromResult(false);
        }

        metrics.Members(Akka.Cluster.Cluster.Get(system).State.Members.Select(static m => m.Status));
        return Task.FromResult(true);
    }
}
