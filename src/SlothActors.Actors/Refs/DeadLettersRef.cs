namespace SlothActors.Actors;

/// <summary>Where replies to no-one go; counted and logged like any dead letter.</summary>
internal sealed class DeadLettersRef(ActorSystem system) : IInternalActorRef
{
    public string Path { get; } = $"sloth://{system.Name}/deadLetters";

    public ActorSystem System => system;

    public ActorCell? Cell => null;

    public void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        system.DeadLetterOffice.Publish(message, sender, this);
    }

    public void SendSystem(SystemMessage message)
    {
        // Watching dead letters means watching something already gone.
        if (message is WatchRequest watch)
        {
            watch.Watcher.SendSystem(new DeathWatchNotification(this));
        }
    }

    public override string ToString() => Path;
}
