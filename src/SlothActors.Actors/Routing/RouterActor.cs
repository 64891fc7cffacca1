namespace SlothActors.Actors;

/// <summary>Parent and supervisor of the routees: answers GetRoutees and drops routees that stopped.</summary>
internal sealed class RouterActor(RouterState state) : ActorBase
{
    protected override void PreStart()
    {
        foreach (var routee in state.Routees)
        {
            Context.Watch(routee);
        }
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case GetRoutees:
                Sender.Tell(new Routees(state.Routees));
                break;
            case Terminated terminated:
                state.Remove(terminated.ActorRef);
                if (state.Routees.Length == 0)
                {
                    Context.Stop(Self);
                }

                break;
            default:
                // Reaches here only when sent to the router cell directly rather than through its ref.
                if (!state.Route(message, Sender))
                {
                    Unhandled(message);
                }

                break;
        }
    }

    // Routees survive a router restart; the default would stop them all.
    protected override void PreRestart(Exception reason, object? message)
    {
    }
}
