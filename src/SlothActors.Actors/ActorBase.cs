namespace SlothActors.Actors;

/// <summary>
/// Base of every actor. <see cref="OnReceive"/> runs for one message at a time; async work is
/// started there and its result piped back to <see cref="Self"/> with <c>PipeTo</c>.
/// </summary>
public abstract class ActorBase
{
    private readonly ActorCell _cell;

    protected ActorBase()
    {
        _cell = ActorCell.Current ?? throw new InvalidOperationException(
            "Actors are created by the actor system from Props (ActorOf), never with 'new' directly.");
    }

    protected IActorContext Context => _cell;

    protected IActorRef Self => _cell.SelfRef;

    protected IActorRef Sender => _cell.Sender;

    internal ActorCell Cell => _cell;

    /// <summary>Handles one message; a plain <c>switch</c> that calls <see cref="Unhandled"/> for the rest.</summary>
    protected abstract void OnReceive(object message);

    /// <summary>Records a message nobody handled (logged at debug, never thrown).</summary>
    protected virtual void Unhandled(object message) => _cell.LogUnhandled(message);

    protected virtual void PreStart()
    {
    }

    protected virtual void PostStop()
    {
    }

    /// <summary>Runs on the failed instance. By default stops all children and calls <see cref="PostStop"/>.</summary>
    protected virtual void PreRestart(Exception reason, object? message)
    {
        foreach (var child in Context.Children)
        {
            Context.Stop(child);
        }

        PostStop();
    }

    /// <summary>Runs on the fresh instance. By default calls <see cref="PreStart"/>.</summary>
    protected virtual void PostRestart(Exception reason) => PreStart();

    /// <summary>How this actor supervises its children unless its Props set one.</summary>
    protected virtual SupervisorStrategy SupervisorStrategy() => Actors.SupervisorStrategy.Default;

    internal void InvokeReceive(object message) => OnReceive(message);

    internal void InvokePreStart() => PreStart();

    internal void InvokePostStop() => PostStop();

    internal void InvokePreRestart(Exception reason, object? message) => PreRestart(reason, message);

    internal void InvokePostRestart(Exception reason) => PostRestart(reason);

    internal SupervisorStrategy InvokeSupervisorStrategy() => SupervisorStrategy();
}
