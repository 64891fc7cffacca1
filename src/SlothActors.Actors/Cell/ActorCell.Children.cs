namespace SlothActors.Actors;

/// <summary>Spawning, stopping and forgetting children.</summary>
internal sealed partial class ActorCell
{
    private ChildrenContainer? _children;

    // Created on first use: most actors never have children, and spawning must stay cheap.
    private ChildrenContainer Children =>
        _children ?? Interlocked.CompareExchange(ref _children, new ChildrenContainer(), null) ?? _children;

    IReadOnlyCollection<IActorRef> IActorContext.Children => _children?.Snapshot() ?? [];

    public IActorRef ActorOf(Props props, string? name = null) => SpawnChild(props, name).SelfRef;

    public ActorCell SpawnChild(Props props, string? name)
    {
        ArgumentNullException.ThrowIfNull(props);
        if (name is not null)
        {
            ActorName.Validate(name);
        }

        if (props.Router is { } router)
        {
            return RouterSpawner.Spawn(this, props, router, name);
        }

        var cell = Children.Add(name, n => new ActorCell(System, this, props, n));
        cell.Start();
        return cell;
    }

    /// <summary>Adds a child without starting it, for cells whose start needs more set-up (routers).</summary>
    internal ActorCell AddChild(string? name, Func<string, ActorCell> create) => Children.Add(name, create);

    public void Stop(IActorRef actor)
    {
        var target = AsInternal(actor, nameof(actor));
        if (target.Cell is { } cell && ReferenceEquals(cell._parent, this))
        {
            // A restart waits for children marked stopping, so mark before telling.
            Children.MarkStopping(cell);
        }

        target.SendSystem(new StopActor());
    }

    private void StopChild(ActorCell child)
    {
        if (Children.MarkStopping(child))
        {
            child.Mailbox.PostSystem(new StopActor());
        }
    }

    private void HandleChildTerminated(ActorCell child)
    {
        var none = Children.Remove(child);
        if (ReferenceEquals(_escalatedChild, child))
        {
            _escalatedChild = null;
        }

        if (_state == LifecycleState.Stopping && none)
        {
            FinishStop();
        }
        else if (_state == LifecycleState.Restarting && _pendingRestartCause is not null && !Children.AnyStopping())
        {
            FinishRecreate();
        }
    }
}
