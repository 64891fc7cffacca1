namespace SlothActors.Events.Ingress;

/// <summary>
/// The one way into the engine for new events (HTTP, CLI, Lua <c>event.dispatch</c>, triggers).
/// </summary>
/// <remarks>
/// The returned task completes only after every event of the call is committed to the journal
/// (durable acknowledgement); it fails if the journal write failed or the node is shutting down.
/// A repeated id is acknowledged like a new one but is stored and processed once.
/// </remarks>
public interface IEventIngress
{
    ValueTask AcceptAsync(IReadOnlyList<Event> events, CancellationToken cancellationToken);
}
