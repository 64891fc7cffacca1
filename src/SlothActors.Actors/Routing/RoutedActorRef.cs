namespace SlothActors.Actors;

/// <summary>
/// The ref of a router. Ordinary messages go straight to a routee from the sender's thread (no
/// hop through the router's mailbox); management messages go to the router actor.
/// </summary>
internal sealed class RoutedActorRef(ActorCell cell, RouterState state) : IInternalActorRef
{
    public string Path => cell.Path;

    public ActorSystem System => cell.System;

    public ActorCell Cell => cell;

    public void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message)
        {
            case GetRoutees or PoisonPill:
                cell.Mailbox.PostUser(message, sender);
                break;
            case Broadcast broadcast:
                foreach (var routee in state.Routees)
                {
                    routee.Tell(broadcast.Message, sender);
                }

                break;
            default:
                if (!state.Route(message, sender))
                {
                    System.DeadLetterOffice.Publish(message, sender, this);
                }

                break;
        }
    }

    public void SendSystem(SystemMessage message) => cell.Mailbox.PostSystem(message);

    public override string ToString() => Path;
}
