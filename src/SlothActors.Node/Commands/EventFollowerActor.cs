using Akka.Actor;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using SlothActors.Commands.Events;
using SlothActors.Commands.Protocol;
using SlothActors.Node.Api;
using SlothActors.Node.Problems;
using SlothActors.Node.Streaming;

namespace SlothActors.Node.Commands;

/// <summary>
/// One <c>sloth events tail</c>: a subscription to the node's <see cref="EventStreamHub"/> whose
/// events go to the CLI's follower actor as <see cref="EventView"/>s. It ends when the follower
/// stops (DeathWatch, which also covers a CLI whose process died), and cuts off a follower too
/// slow for the node's events rather than queueing for it without bound.
/// </summary>
internal sealed class EventFollowerActor : ReceiveActor
{
    private readonly EventStreamHub _hub;
    private readonly FollowEvents _follow;
    private readonly IActorRef _follower;
    private readonly CancellationTokenSource _stopping = new();
    private StreamSubscriber? _subscriber;

    public EventFollowerActor(EventStreamHub hub, FollowEvents follow, IActorRef follower)
    {
        _hub = hub;
        _follow = follow;
        _follower = follower;
        Receive<Terminated>(_ => Context.Stop(Self));
        Receive<Status.Success>(_ => Context.Stop(Self));
        Receive<Status.Failure>(_ => Context.Stop(Self));
    }

    public static Props Props(EventStreamHub hub, FollowEvents follow, IActorRef follower) =>
        Akka.Actor.Props.Create(() => new EventFollowerActor(hub, follow, follower));

    protected override void PreStart()
    {
        // The filters as /events/stream reads them, so both refuse a bad pattern with the same words.
        var query = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(_follow.Type))
        {
            query["event_type"] = _follow.Type;
        }

        if (!string.IsNullOrEmpty(_follow.Stack))
        {
            query["stack"] = _follow.Stack;
        }

        var (filter, problem) = EventStreamEndpoint.ReadFilter(new QueryCollection(query));
        _subscriber = problem is null ? _hub.Subscribe(filter!) : null;
        if (_subscriber is null)
        {
            _follower.Tell(CommandViews.Refused(problem ?? Problem.Unavailable("this node serves its maximum of event streams; retry later")));
            Context.Stop(Self);
            return;
        }

        Context.Watch(_follower);
        _follower.Tell(StreamStarted.Instance, Self);
        PumpAsync(_subscriber, _follower, Self, _stopping.Token).PipeTo(Self);
    }

    protected override void PostStop()
    {
        _stopping.Cancel();
        if (_subscriber is not null)
        {
            _hub.Unsubscribe(_subscriber);
            _subscriber.Dispose();
        }

        _stopping.Dispose();
    }

    /// <summary>Ends when the hub drops the subscriber (too slow) or the actor stops.</summary>
    private static async Task<bool> PumpAsync(StreamSubscriber subscriber, IActorRef follower, IActorRef self, CancellationToken ct)
    {
        await foreach (var evt in subscriber.Events.ReadAllAsync(ct).ConfigureAwait(false))
        {
            follower.Tell(CommandViews.Event(evt), self);
        }

        return true;
    }
}
