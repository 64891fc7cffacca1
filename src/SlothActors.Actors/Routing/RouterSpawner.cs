namespace SlothActors.Actors;

/// <summary>
/// Builds a router: its cell (whose ref is a <see cref="RoutedActorRef"/>) and all routees, before
/// the ref is returned, so the first Tell already has every routee to choose from.
/// </summary>
internal static class RouterSpawner
{
    public static ActorCell Spawn(ActorCell parent, Props props, RouterConfig router, string? name)
    {
        var state = new RouterState();
        var routerProps = Props.Create(() => new RouterActor(state))
            .WithSupervisorStrategy(props.SupervisorStrategy ?? SupervisorStrategy.Default);
        var routerCell = parent.AddChild(name, n => new ActorCell(parent.System, parent, routerProps, n, c => new RoutedActorRef(c, state)));
        var routeeProps = props.ForRoutee();
        for (var i = 0; i < router.RouteeCount; i++)
        {
            state.Add(routerCell.SpawnChild(routeeProps, null).SelfRef);
        }

        // Started last so the router actor's PreStart watches the complete set.
        routerCell.Start();
        return routerCell;
    }
}
