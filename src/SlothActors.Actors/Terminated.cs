namespace SlothActors.Actors;

/// <summary>Sent once to each watcher of <paramref name="ActorRef"/> after it stopped.</summary>
public sealed record Terminated(IActorRef ActorRef);
