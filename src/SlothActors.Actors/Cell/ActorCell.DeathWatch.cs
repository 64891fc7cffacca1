namespace SlothActors.Actors;

/// <summary>
/// Who this actor watches and who watches it. A <see cref="Terminated"/> is delivered only while
/// the subject is still in <see cref="_watching"/> and removed on delivery: exactly once, even when
/// both a death notice and a late watch reply arrive, and never after Unwatch.
/// </summary>
internal sealed partial class ActorCell
{
    private HashSet<IInternalActorRef>? _watching;
    private HashSet<IInternalActorRef>? _watchedBy;

    public IActorRef Watch(IActorRef subject)
    {
        var target = AsInternal(subject, nameof(subject));
        if (!ReferenceEquals(target, SelfRef) && (_watching ??= []).Add(target))
        {
            target.SendSystem(new WatchRequest(target, SelfRef));
        }

        return subject;
    }

    public IActorRef Unwatch(IActorRef subject)
    {
        var target = AsInternal(subject, nameof(subject));
        if (_watching?.Remove(target) == true)
        {
            target.SendSystem(new UnwatchRequest(target, SelfRef));
        }

        return subject;
    }

    private void HandleWatch(IInternalActorRef watcher)
    {
        if (!ReferenceEquals(watcher, SelfRef))
        {
            (_watchedBy ??= []).Add(watcher);
        }
    }

    private void HandleUnwatch(IInternalActorRef watcher) => _watchedBy?.Remove(watcher);

    private void HandleDeathWatchNotification(IInternalActorRef actor)
    {
        if (_state != LifecycleState.Stopping && _watching?.Contains(actor) == true)
        {
            // Queued behind the user messages already sent, like any message from that actor.
            Mailbox.PostUser(new Terminated(actor), actor);
        }
    }

    private bool ConsumeTerminated(Terminated terminated) =>
        terminated.ActorRef is IInternalActorRef subject && _watching?.Remove(subject) == true;

    private void NotifyWatchersAndUnwatchAll()
    {
        if (_watchedBy is not null)
        {
            foreach (var watcher in _watchedBy)
            {
                watcher.SendSystem(new DeathWatchNotification(SelfRef));
            }

            _watchedBy = null;
        }

        if (_watching is not null)
        {
            foreach (var subject in _watching)
            {
                subject.SendSystem(new UnwatchRequest(subject, SelfRef));
            }

            _watching = null;
        }
    }
}
