using SlothActors.Engine.Ingress;
using SlothActors.Events;
using SlothActors.Events.Ingress;

namespace SlothActors.Node.Cluster;

/// <summary>
/// The API's way into the engine. Once the node leaves, producers get a 503 and move to another
/// node while the in-flight events drain; hooks still dispatch through the engine directly.
/// </summary>
internal sealed class GatedIngress(IEventIngress inner, LeavingGate gate) : IEventIngress
{
    public ValueTask AcceptAsync(IReadOnlyList<Event> events, CancellationToken cancellationToken) =>
        gate.IsLeaving
            ? throw new EngineUnavailableException("node is leaving the cluster; send events to another node")
            : inner.AcceptAsync(events, cancellationToken);
}
