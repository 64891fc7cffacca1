namespace SlothActors.Actors;

/// <summary>Turns Props into a router with routee children. Only pools exist in this kernel.</summary>
public abstract record RouterConfig
{
    private protected RouterConfig()
    {
    }

    internal abstract int RouteeCount { get; }
}
