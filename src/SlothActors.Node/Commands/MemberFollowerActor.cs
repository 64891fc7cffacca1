using Akka.Actor;
using Akka.Cluster;
using SlothActors.Commands.Cluster;
using SlothActors.Commands.Protocol;
using SlothActors.Node.Api;
using SlothActors.Node.Remoting;

namespace SlothActors.Node.Commands;

/// <summary>
/// One <c>sloth cluster tail</c>: the current members, then one <see cref="MemberView"/> per
/// member, reachability or leader event this node sees (the kinds of <see cref="ClusterChange"/>,
/// as <c>/cluster/stream</c> sends them), to the CLI's follower actor until it stops.
/// </summary>
internal sealed class MemberFollowerActor : ReceiveActor
{
    private readonly MemberFollowing _following;
    private readonly IActorRef _follower;
    private readonly Akka.Cluster.Cluster _cluster = Akka.Cluster.Cluster.Get(Context.System);

    public MemberFollowerActor(MemberFollowing following, IActorRef follower)
    {
        _following = following;
        _follower = follower;
        Receive<Terminated>(_ => Context.Stop(Self));
        ReceiveAsync<ClusterEvent.CurrentClusterState>(OnCurrentAsync);
        ReceiveAsync<ClusterEvent.LeaderChanged>(OnLeaderChangedAsync);
        ReceiveAsync<ClusterEvent.IMemberEvent>(OnChangeAsync);
        ReceiveAsync<ClusterEvent.IReachabilityEvent>(OnChangeAsync);
    }

    public static Props Props(MemberFollowing following, IActorRef follower) => Akka.Actor.Props.Create(() => new MemberFollowerActor(following, follower));

    protected override void PreStart()
    {
        Context.Watch(_follower);
        _follower.Tell(StreamStarted.Instance, Self);
        _cluster.Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsSnapshot,
            typeof(ClusterEvent.IMemberEvent), typeof(ClusterEvent.IReachabilityEvent), typeof(ClusterEvent.LeaderChanged));
    }

    protected override void PostStop() => _cluster.Unsubscribe(Self);

    private async Task OnCurrentAsync(ClusterEvent.CurrentClusterState state)
    {
        var view = await ReadAsync();
        var now = _following.Time.GetUtcNow();
        foreach (var member in state.Members)
        {
            Send(view, new ClusterChange(member, ClusterChange.Current, !state.Unreachable.Contains(member), now));
        }
    }

    private async Task OnChangeAsync(ClusterEvent.IClusterDomainEvent change)
    {
        if (ClusterChange.Of(change, _following.Time.GetUtcNow()) is { } entry)
        {
            Send(await ReadAsync(), entry);
        }
    }

    /// <summary>Sent as the new leader's member line; a cluster left without a leader has no line to send.</summary>
    private async Task OnLeaderChangedAsync(ClusterEvent.LeaderChanged change)
    {
        if (_cluster.State.Members.FirstOrDefault(m => m.Address.Equals(change.Leader)) is { } leader)
        {
            Send(await ReadAsync(), new ClusterChange(leader, ClusterChange.LeaderChanged, null, _following.Time.GetUtcNow()));
        }
    }

    // Names come from the member name book, which gossip fills in: read it afresh for each line.
    private Task<ClusterMembers> ReadAsync() => ClusterMembers.ReadAsync(Context.System, _following.NodeName, CancellationToken.None);

    private void Send(ClusterMembers view, ClusterChange change) => _follower.Tell(CommandViews.Member(view, change.Member, change), Self);
}
