namespace SlothActors.Actors;

/// <summary>
/// A router actor with <see cref="NrOfInstances"/> routee children made from the same Props,
/// sent to in turn. Routing happens on the sender's thread, not through the router's mailbox.
/// A stopped routee is removed; the router stops when none is left.
/// </summary>
public sealed record RoundRobinPool : RouterConfig
{
    public const int MaxInstances = 10_000;

    public RoundRobinPool(int nrOfInstances)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nrOfInstances, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nrOfInstances, MaxInstances);
        NrOfInstances = nrOfInstances;
    }

    public int NrOfInstances { get; }

    internal override int RouteeCount => NrOfInstances;
}
