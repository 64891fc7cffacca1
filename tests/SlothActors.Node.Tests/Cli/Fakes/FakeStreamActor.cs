using Akka.Actor;
using SlothActors.Commands.Protocol;

namespace SlothActors.Node.Tests.Cli.Fakes;

/// <summary>Streams a <see cref="FakeStream"/> to a follower, then stops: the follower sees the stream end by DeathWatch.</summary>
internal sealed class FakeStreamActor(FakeStream stream, IActorRef follower) : UntypedActor
{
    public static Props Props(FakeStream stream, IActorRef follower) => Akka.Actor.Props.Create(() => new FakeStreamActor(stream, follower));

    protected override void PreStart()
    {
        follower.Tell(StreamStarted.Instance, Self);
        foreach (var item in stream.Items)
        {
            follower.Tell(item, Self);
        }

        Context.Stop(Self);
    }

    protected override void OnReceive(object message) => Unhandled(message);
}
