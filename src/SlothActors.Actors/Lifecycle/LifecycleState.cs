namespace SlothActors.Actors;

/// <summary>User messages are processed only in <see cref="Alive"/>.</summary>
internal enum LifecycleState
{
    Starting,
    Alive,
    Restarting,
    Stopping,
    Stopped,
}
