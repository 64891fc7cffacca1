namespace SlothActors.Actors;

/// <summary>Kernel-to-kernel messages; an instance is enqueued at most once (it is its own queue node).</summary>
internal abstract class SystemMessage
{
    internal SystemMessage? Next;
}

internal sealed class CreateActor : SystemMessage;

internal sealed class StopActor : SystemMessage;

internal sealed class ResumeActor : SystemMessage;

internal sealed class RecreateActor(Exception cause) : SystemMessage
{
    public Exception Cause { get; } = cause;
}

internal sealed class ChildFailed(ActorCell child, Exception cause) : SystemMessage
{
    public ActorCell Child { get; } = child;

    public Exception Cause { get; } = cause;
}

internal sealed class ChildTerminated(ActorCell child) : SystemMessage
{
    public ActorCell Child { get; } = child;
}

internal sealed class WatchRequest(IInternalActorRef watchee, IInternalActorRef watcher) : SystemMessage
{
    public IInternalActorRef Watchee { get; } = watchee;

    public IInternalActorRef Watcher { get; } = watcher;
}

internal sealed class UnwatchRequest(IInternalActorRef watchee, IInternalActorRef watcher) : SystemMessage
{
    public IInternalActorRef Watchee { get; } = watchee;

    public IInternalActorRef Watcher { get; } = watcher;
}

internal sealed class DeathWatchNotification(IInternalActorRef actor) : SystemMessage
{
    public IInternalActorRef Actor { get; } = actor;
}
