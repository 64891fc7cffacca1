namespace SlothActors.Actors;

/// <summary>
/// A handle to an actor. Sending never throws and never blocks: a message to a stopped actor
/// becomes a dead letter. Each actor has exactly one ref instance, so reference equality works.
/// </summary>
public interface IActorRef
{
    /// <summary>Unique path of the actor, e.g. <c>sloth://system/user/dispatcher</c>.</summary>
    string Path { get; }

    /// <summary>Enqueues <paramref name="message"/>; the receiver sees <paramref name="sender"/> as <c>Sender</c>.</summary>
    void Tell(object message, IActorRef? sender = null);
}
