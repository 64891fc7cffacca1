namespace SlothActors.Actors;

/// <summary>
/// Routees shared between the router ref (senders' threads) and the router actor. The array is
/// replaced, never mutated, so a sender always routes over a consistent snapshot.
/// </summary>
internal sealed class RouterState
{
    private IActorRef[] _routees = [];
    private long _next = -1;

    public IActorRef[] Routees => Volatile.Read(ref _routees);

    /// <summary>Only the spawner (before start) and the router actor write, one at a time.</summary>
    public void Add(IActorRef routee) => Volatile.Write(ref _routees, [.. _routees, routee]);

    public void Remove(IActorRef routee) =>
        Volatile.Write(ref _routees, Array.FindAll(_routees, r => !ReferenceEquals(r, routee)));

    /// <returns>False when there is no routee left.</returns>
    public bool Route(object message, IActorRef? sender)
    {
        var routees = Routees;
        if (routees.Length == 0)
        {
            return false;
        }

        RoundRobinRoutingLogic.Select(Interlocked.Increment(ref _next), routees).Tell(message, sender);
        return true;
    }
}
