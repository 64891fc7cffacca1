namespace SlothActors.Actors;

/// <summary>The round-robin choice as a pure function, so it can be tested without actors.</summary>
public static class RoundRobinRoutingLogic
{
    /// <summary>The routee for the <paramref name="counter"/>-th message (0-based); wraps around safely.</summary>
    public static T Select<T>(long counter, T[] routees)
    {
        ArgumentNullException.ThrowIfNull(routees);
        if (routees.Length == 0)
        {
            throw new ArgumentException("There is no routee to select.", nameof(routees));
        }

        return routees[(int)((ulong)counter % (uint)routees.Length)];
    }
}
