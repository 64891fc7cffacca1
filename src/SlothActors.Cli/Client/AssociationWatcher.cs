using Akka.Actor;
using Akka.Remote;

namespace SlothActors.Cli.Client;

/// <summary>
/// Tells the client at once when remoting could not reach the node (connection refused, TLS
/// refused, unknown host). An ask alone would only fail at its timeout: Akka drops the
/// messages to an address it cannot reach and publishes why on the event stream.
/// </summary>
internal sealed class AssociationWatcher : ReceiveActor
{
    public AssociationWatcher(Address node, TaskCompletionSource<string> failed)
    {
        Receive<AssociationErrorEvent>(error =>
        {
            if (error.RemoteAddress.Equals(node))
            {
                failed.TrySetResult(Describe(error.Cause));
            }
        });
    }

    public static Props Props(Address node, TaskCompletionSource<string> failed) => Akka.Actor.Props.Create(() => new AssociationWatcher(node, failed));

    protected override void PreStart() => Context.System.EventStream.Subscribe(Self, typeof(AssociationErrorEvent));

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
