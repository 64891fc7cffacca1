using SlothActors.Events;
using SlothActors.Events.Ingress;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>The runner needs an ingress before the engine that provides it exists; this forwards once it does.</summary>
internal sealed class LateIngress : IEventIngress
{
    public IEventIngress? Target { get; set; }

    public ValueTask AcceptAsync(IReadOnlyList<Event> events, CancellationToken cancellationToken) =>
        (Target ?? throw new InvalidOperationException("the engine is not started")).AcceptAsync(events, cancellationToken);
}
