using System.Threading.Channels;
using SlothActors.Actors;

namespace SlothActors.TestKit;

/// <summary>The real actor behind a <see cref="TestProbe"/>: records what it receives, watches on request.</summary>
internal sealed class ProbeActor(ChannelWriter<ReceivedMessage> received) : ActorBase
{
    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case ProbeWatch watch:
                Context.Watch(watch.Subject);
                break;
            case ProbeUnwatch unwatch:
                Context.Unwatch(unwatch.Subject);
                break;
            default:
                received.TryWrite(new ReceivedMessage(message, Sender));
                break;
        }
    }
}

internal sealed record ProbeWatch(IActorRef Subject);

internal sealed record ProbeUnwatch(IActorRef Subject);

/// <summary>A message a probe got, with whoever sent it.</summary>
public sealed record ReceivedMessage(object Message, IActorRef Sender);
