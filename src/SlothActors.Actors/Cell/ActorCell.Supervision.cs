namespace SlothActors.Actors;

/// <summary>Failing (suspend, tell the parent) and supervising (apply the strategy to a failed child).</summary>
internal sealed partial class ActorCell
{
    private SupervisorStrategy _strategy;
    private object? _failedMessage;
    private Exception? _lastFailure;

    // The child whose failure this cell escalated; it stays suspended until this cell is dealt with.
    private ActorCell? _escalatedChild;

    /// <summary>Suspends user messages and hands the failure to the parent, who sends the directive back.</summary>
    private void Fail(Exception cause)
    {
        _failedMessage = _currentMessage;
        _lastFailure = cause;
        Mailbox.Suspended = true;
        KernelLog.ActorFailed(System.Log, cause, Path);
        if (_parent is null)
        {
            // The guardian has no supervisor; it only hosts children, so carry on.
            Mailbox.Suspended = false;
            return;
        }

        _parent.Mailbox.PostSystem(new ChildFailed(this, cause));
    }

    private void HandleChildFailed(ActorCell child, Exception cause)
    {
        var record = _children?.Find(child);
        if (record is null || record.IsStopping)
        {
            return;
        }

        Directive directive;
        try
        {
            directive = _strategy.Decide(cause);
        }
        catch (Exception deciderFailure)
        {
            KernelLog.HookFailed(System.Log, deciderFailure, "SupervisorStrategy decider", Path);
            directive = Directive.Escalate;
        }

        if (directive == Directive.Restart && !_strategy.RequestRestartPermission(record.Restarts, System.TimeProvider.GetUtcNow()))
        {
            directive = Directive.Stop;
        }

        KernelLog.Directive(System.Log, Path, directive, child.Path, cause.GetType().Name);
        switch (directive)
        {
            case Directive.Resume:
                child.Mailbox.PostSystem(new ResumeActor());
                break;
            case Directive.Restart:
                child.Mailbox.PostSystem(new RecreateActor(cause));
                break;
            case Directive.Stop:
                StopChild(child);
                break;
            case Directive.Escalate:
                _escalatedChild = child;
                _currentMessage = null;
                Fail(cause);
                break;
            default:
                throw new InvalidOperationException($"Unknown directive {directive}.");
        }
    }

    private void ResumeEscalatedChild()
    {
        var child = Interlocked.Exchange(ref _escalatedChild, null);
        if (child is not null && _children?.Find(child) is { IsStopping: false })
        {
            child.Mailbox.PostSystem(new ResumeActor());
        }
    }

    private void RestartEscalatedChild(Exception cause)
    {
        // Only reached when PreRestart kept the children alive.
        var child = Interlocked.Exchange(ref _escalatedChild, null);
        if (child is not null && _children?.Find(child) is { IsStopping: false })
        {
            child.Mailbox.PostSystem(new RecreateActor(cause));
        }
    }
}
