using SlothActors.Events;
using SlothActors.Events.Ingress;

namespace SlothActors.Node.Runtime;

/// <summary>
/// Hooks dispatch events into the engine, and the engine runs the hooks: each needs the other
/// to be built first. The Lua runtime gets this forwarder, which finds the engine's ingress on
/// first use (by then the engine exists).
/// </summary>
internal sealed class LazyEventIngress(Func<IEventIngress> resolve) : IEventIngress
{
    private readonly Lazy<IEventIngress> _target = new(resolve, LazyThreadSafetyMode.ExecutionAndPublication);

    public ValueTask AcceptAsync(IReadOnlyList<Event> events, CancellationToken cancellationToken) =>
        _target.Value.AcceptAsync(events, cancellationToken);
}
