using Akka.Actor;

namespace SlothActors.Commands.Tests.Tls;

/// <summary>Replies with what it got, and says whether anything reached it at all.</summary>
internal sealed class Echo : ReceiveActor
{
    public Echo(TaskCompletionSource<object> reached) =>
        ReceiveAny(message =>
        {
            reached.TrySetResult(message);
            Sender.Tell(message);
        });
}
