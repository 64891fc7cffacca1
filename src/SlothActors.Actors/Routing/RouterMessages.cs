namespace SlothActors.Actors;

/// <summary>Tell a router this to deliver <paramref name="Message"/> to every routee.</summary>
public sealed record Broadcast(object Message);

/// <summary>Ask a router this to get its current <see cref="Routees"/>.</summary>
public sealed class GetRoutees
{
    public static readonly GetRoutees Instance = new();

    private GetRoutees()
    {
    }
}

/// <summary>A router's routees at the time it answered <see cref="GetRoutees"/>.</summary>
public sealed record Routees(IReadOnlyList<IActorRef> Members);
