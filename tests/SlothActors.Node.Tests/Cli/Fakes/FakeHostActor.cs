using System.Collections.Concurrent;
using Akka.Actor;
using SlothActors.Commands.Protocol;

namespace SlothActors.Node.Tests.Cli.Fakes;

/// <summary>The fake's <c>/user/sloth-cmd</c>: records, then answers as the test said.</summary>
internal sealed class FakeHostActor : ReceiveActor
{
    public FakeHostActor(ConcurrentQueue<NodeCommand> commands, Func<NodeCommand, object?> answer) =>
        Receive<NodeCommand>(command =>
        {
            commands.Enqueue(command);
            switch (answer(command))
            {
                case FakeStream stream:
                    // As the real host does: a child streams to the sender, so the sender can watch it.
                    Context.ActorOf(FakeStreamActor.Props(stream, Sender));
                    break;
                case { } reply:
                    Sender.Tell(reply);
                    break;
            }
        });

    public static Props Props(ConcurrentQueue<NodeCommand> commands, Func<NodeCommand, object?> answer) =>
        Akka.Actor.Props.Create(() => new FakeHostActor(commands, answer));
}
