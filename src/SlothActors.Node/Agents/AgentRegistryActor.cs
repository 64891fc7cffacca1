using Akka.Actor;
using Akka.Cluster;
using Akka.Event;
using SlothActors.Events;
using SlothActors.Events.Ingress;

namespace SlothActors.Node.Agents;

/// <summary>
/// This node's view of the cluster's agents: it answers <see cref="ReadAgents"/> from Akka.Cluster's
/// state, remembers when each agent became unreachable (the only "last seen" Akka does not keep),
/// and dispatches an event for each agent that comes up, becomes unreachable or is removed.
/// </summary>
internal sealed class AgentRegistryActor : ReceiveActor
{
    private readonly Akka.Cluster.Cluster _cluster = Akka.Cluster.Cluster.Get(Context.System);
    private readonly Dictionary<Address, DateTimeOffset> _unreachableSince = [];
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly Func<IEventIngress> _ingress;
    private readonly TimeProvider _time;

    public AgentRegistryActor(Func<IEventIngress> ingress, TimeProvider time)
    {
        _ingress = ingress;
        _time = time;
        Receive<ClusterEvent.MemberUp>(up => Dispatch(AgentChangeEvents.Registered, up.Member));
        Receive<ClusterEvent.MemberRemoved>(removed => OnRemoved(removed.Member));
        Receive<ClusterEvent.UnreachableMember>(unreachable => OnUnreachable(unreachable.Member));
        Receive<ClusterEvent.ReachableMember>(reachable => _unreachableSince.Remove(reachable.Member.Address));
        Receive<ClusterEvent.IMemberEvent>(_ => { });
        Receive<ReadAgents>(_ => Sender.Tell(AgentViews.Of(_cluster.State, _unreachableSince, _time.GetUtcNow())));
    }

    public static Props Props(Func<IEventIngress> ingress, TimeProvider time) =>
        Akka.Actor.Props.Create(() => new AgentRegistryActor(ingress, time));

    protected override void PreStart() =>
        // The initial state as events: agents already up when this node starts are dispatched
        // again, under the same ids, so the journal keeps them once.
        _cluster.Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsEvents, typeof(ClusterEvent.IMemberEvent), typeof(ClusterEvent.IReachabilityEvent));

    protected override void PostStop() => _cluster.Unsubscribe(Self);

    private void OnRemoved(Member member)
    {
        _unreachableSince.Remove(member.Address);
        Dispatch(AgentChangeEvents.Disconnected, member);
    }

    private void OnUnreachable(Member member)
    {
        // One clock reading for both: the event's timestamp is the agent's last seen.
        var now = _time.GetUtcNow();
        _unreachableSince.TryAdd(member.Address, now);
        Dispatch(AgentChangeEvents.HeartbeatFailed, member, now);
    }

    private void Dispatch(string type, Member member, DateTimeOffset? at = null)
    {
        if (!AgentRoles.IsAgent(member.Roles))
        {
            return;
        }

        _log.Info("Agent {0} at {1}: {2}", AgentRoles.NameOf(member.Roles), member.Address, type);
        _ = AcceptAsync(AgentChangeEvents.Of(type, member, at ?? _time.GetUtcNow()));
    }

    // Not awaited by the actor: the registry keeps answering while the journal writes. A refusal
    // (a node that is leaving) loses nothing, since every other node dispatches the same event.
    private async Task AcceptAsync(Event change)
    {
        try
        {
            await _ingress().AcceptAsync([change], CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _log.Warning("{0} {1} was not accepted: {2}", change.Type, change.Id, ex.Message);
        }
    }
}
