namespace SlothActors.Actors;

/// <summary>What an actor may do from inside its receive: spawn, stop, watch, reply.</summary>
public interface IActorContext
{
    IActorRef Self { get; }

    /// <summary>Sender of the message being processed; the dead-letter ref when there was none.</summary>
    IActorRef Sender { get; }

    IActorRef Parent { get; }

    IReadOnlyCollection<IActorRef> Children { get; }

    ActorSystem System { get; }

    /// <summary>Creates a child supervised by this actor.</summary>
    /// <exception cref="InvalidActorNameException">The name is invalid or taken by a live child.</exception>
    IActorRef ActorOf(Props props, string? name = null);

    /// <summary>Stops an actor after its current message; queued messages become dead letters.</summary>
    void Stop(IActorRef actor);

    /// <summary>This actor receives <see cref="Terminated"/> exactly once when <paramref name="subject"/> stops.</summary>
    IActorRef Watch(IActorRef subject);

    /// <summary>Cancels a watch; a <see cref="Terminated"/> not yet processed is dropped.</summary>
    IActorRef Unwatch(IActorRef subject);
}
