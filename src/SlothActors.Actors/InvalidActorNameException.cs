namespace SlothActors.Actors;

/// <summary>An actor name is malformed or already used by a live sibling.</summary>
public sealed class InvalidActorNameException(string message) : ArgumentException(message);
