using System.Threading.Channels;
using Akka.Actor;
using SlothActors.Commands.Protocol;

namespace SlothActors.Cli.Client;

/// <summary>
/// The CLI's end of a follow (<c>events tail</c>, <c>cluster tail</c>): asks the command host to
/// stream, watches the node's streaming actor, and writes what arrives into a channel the
/// command reads. The stream ends when the node refuses, or its streaming actor stops (the node
/// went away, or cut off a follower too slow for it).
/// </summary>
internal sealed class FollowerActor : ReceiveActor
{
    private readonly IActorRef _host;
    private readonly NodeCommand _follow;
    private readonly ChannelWriter<object> _items;

    public FollowerActor(IActorRef host, NodeCommand follow, ChannelWriter<object> items)
    {
        _host = host;
        _follow = follow;
        _items = items;
        Receive<StreamStarted>(_ => Context.Watch(Sender));
        Receive<CommandRefused>(refused => _items.TryComplete(new NodeReplyException(refused.Status, refused.Reason())));
        Receive<Terminated>(_ => _items.TryComplete(new NodeUnavailableException("the node ended the stream: it stopped, or cut this follower off as too slow")));
        ReceiveAny(item => _items.TryWrite(item));
    }

    public static Props Props(IActorRef host, NodeCommand follow, ChannelWriter<object> items) =>
        Akka.Actor.Props.Create(() => new FollowerActor(host, follow, items));

    protected override void PreStart() => _host.Tell(_follow, Self);

    protected override void PostStop() => _items.TryComplete();
}
