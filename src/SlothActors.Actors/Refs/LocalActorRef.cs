namespace SlothActors.Actors;

/// <summary>The one ref of a local actor; stable across restarts because the cell and mailbox are.</summary>
internal sealed class LocalActorRef(ActorCell cell) : IInternalActorRef
{
    public string Path => cell.Path;

    public ActorSystem System => cell.System;

    public ActorCell Cell => cell;

    public void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        cell.Mailbox.PostUser(message, sender);
    }

    public void SendSystem(SystemMessage message) => cell.Mailbox.PostSystem(message);

    public override string ToString() => Path;
}
