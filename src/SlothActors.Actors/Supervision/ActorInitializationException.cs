namespace SlothActors.Actors;

/// <summary>The factory, PreStart or PostRestart of an actor threw; the default decider stops such actors.</summary>
public sealed class ActorInitializationException(string actorPath, Exception cause)
    : Exception($"Actor {actorPath} failed to start: {cause.Message}", cause)
{
    public string ActorPath { get; } = actorPath;
}
