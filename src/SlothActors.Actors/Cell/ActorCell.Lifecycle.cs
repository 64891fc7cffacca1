namespace SlothActors.Actors;

/// <summary>Create, restart and stop: the order of lifecycle hooks lives here.</summary>
internal sealed partial class ActorCell
{
    private Exception? _pendingRestartCause;

    private void HandleCreate()
    {
        try
        {
            CreateInstance();
            _actor!.InvokePreStart();
            _state = LifecycleState.Alive;
        }
        catch (Exception ex)
        {
            Fail(new ActorInitializationException(Path, ex));
        }
    }

    private void CreateInstance()
    {
        _current = this;
        try
        {
            var actor = _props.Factory();
            if (!ReferenceEquals(actor?.Cell, this))
            {
                throw new InvalidOperationException("A Props factory must return a new actor instance on every call.");
            }

            _actor = actor;
        }
        finally
        {
            _current = null;
        }

        _strategy = _props.SupervisorStrategy ?? _actor.InvokeSupervisorStrategy();
    }

    private void HandleRecreate(Exception cause)
    {
        if (_state is LifecycleState.Stopping)
        {
            return;
        }

        var failedMessage = _failedMessage;
        _failedMessage = null;
        if (_actor is not null)
        {
            RunHook("PreRestart", () => _actor.InvokePreRestart(cause, failedMessage));
        }

        _actor = null;
        _state = LifecycleState.Restarting;
        _pendingRestartCause = cause;
        if (_children is null || !_children.AnyStopping())
        {
            FinishRecreate();
        }
    }

    /// <summary>Runs once children stopped by PreRestart are gone, so their names are free again.</summary>
    private void FinishRecreate()
    {
        var cause = _pendingRestartCause!;
        _pendingRestartCause = null;
        try
        {
            CreateInstance();
            _actor!.InvokePostRestart(cause);
            _state = LifecycleState.Alive;
            Mailbox.Suspended = false;
            RestartEscalatedChild(cause);
        }
        catch (Exception ex)
        {
            Fail(new ActorInitializationException(Path, ex));
        }
    }

    private void HandleResume()
    {
        if (_state is LifecycleState.Stopping)
        {
            return;
        }

        if (_actor is null || _state is LifecycleState.Starting)
        {
            // Resuming an actor that never started is meaningless: start it afresh.
            HandleRecreate(_lastFailure ?? new InvalidOperationException("resumed before start"));
            return;
        }

        Mailbox.Suspended = false;
        ResumeEscalatedChild();
    }

    private void HandleStop()
    {
        if (_state is LifecycleState.Stopping)
        {
            return;
        }

        _state = LifecycleState.Stopping;
        Mailbox.Suspended = true;
        var children = Children.CloseAndMarkAllStopping();
        foreach (var child in children)
        {
            child.Mailbox.PostSystem(new StopActor());
        }

        if (children.Length == 0)
        {
            FinishStop();
        }
    }

    /// <summary>Children are gone: PostStop, then watchers and parent learn about it.</summary>
    private void FinishStop()
    {
        if (_actor is not null)
        {
            RunHook("PostStop", _actor.InvokePostStop);
        }

        _actor = null;
        _state = LifecycleState.Stopped;
        Mailbox.Close();
        System.Registry.Remove(this);

        // Parent first: once a watcher sees Terminated, the parent has the news queued too.
        _parent?.Mailbox.PostSystem(new ChildTerminated(this));
        NotifyWatchersAndUnwatchAll();
        if (_parent is null)
        {
            System.OnGuardianStopped();
        }
    }

    private void HandleAfterStop(SystemMessage message)
    {
        if (message is WatchRequest watch)
        {
            watch.Watcher.SendSystem(new DeathWatchNotification(SelfRef));
        }
    }

    private void RunHook(string hook, Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            KernelLog.HookFailed(System.Log, ex, hook, Path);
        }
    }
}
