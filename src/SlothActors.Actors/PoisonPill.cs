namespace SlothActors.Actors;

/// <summary>
/// Graceful stop: an ordinary message, so everything queued before it is processed first;
/// then the actor stops its children, runs PostStop, and its watchers get <see cref="Terminated"/>.
/// </summary>
public sealed class PoisonPill
{
    public static readonly PoisonPill Instance = new();

    private PoisonPill()
    {
    }
}
