using Akka.Actor;
using Akka.Remote;

namespace SlothActors.Cli.Client;

/// <summary>
/// Tells the client how remoting's attempt to reach the node went: at once when it failed
/// (connection refused, TLS refused, unknown host), where an ask alone would only fail at its
/// timeout, and whether it got through, which is what tells an empty <see cref="ActorIdentity"/>
/// from the node apart from one Akka's dead letters give for a message it could not deliver.
/// </summary>
internal sealed class AssociationWatcher : ReceiveActor
{
    public AssociationWatcher(Address node, TaskCompletionSource<string> failed, TaskCompletionSource associated)
    {
        Receive<AssociationErrorEvent>(error =>
        {
            if (error.RemoteAddress.Equals(node))
            {
                failed.TrySetResult(Describe(error.Cause));
            }
        });
        Receive<AssociatedEvent>(success =>
        {
            if (success.RemoteAddress.Equals(node))
            {
                associated.TrySetResult();
            }
        });
    }

    public static Props Props(Address node, TaskCompletionSource<string> failed, TaskCompletionSource associated) =>
        Akka.Actor.Props.Create(() => new AssociationWatcher(node, failed, associated));

    /// <summary>
    /// Subscribes <paramref name="watcher"/>; call it before sending anything to the node. Not in
    /// PreStart, which runs later on the dispatcher: a refused connection can be published before that.
    /// </summary>
    public static void Listen(ActorSystem system, IActorRef watcher)
    {
        system.EventStream.Subscribe(watcher, typeof(AssociationErrorEvent));
        system.EventStream.Subscribe(watcher, typeof(AssociatedEvent));
    }

    protected override void PostStop() => Context.System.EventStream.Unsubscribe(Self);

    /// <summary>The innermost reason, which names what failed (refused connection, certificate).</summary>
    private static string Describe(Exception? cause)
    {
        var inner = cause;
        while (inner?.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner?.Message ?? "the connection failed";
    }
}
