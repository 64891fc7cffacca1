using System.Threading.Channels;
using Akka.Actor;
using Akka.Cluster;

namespace SlothActors.Node.Api;

/// <summary>
/// One <c>/cluster/stream</c> client's subscription to Akka.Cluster's events: writes the current
/// members, then one <see cref="ClusterChange"/> per member, reachability or leader event, into
/// the client's channel. The endpoint stops it when the client goes; a client too slow to keep
/// up (its channel full) is cut off rather than sent a gap.
/// </summary>
internal sealed class ClusterEventRelay : ReceiveActor
{
    private readonly ChannelWriter<ClusterChange> _changes;
    private readonly TimeProvider _time;
    private readonly Akka.Cluster.Cluster _cluster = Akka.Cluster.Cluster.Get(Context.System);

    public ClusterEventRelay(ChannelWriter<ClusterChange> changes, TimeProvider time)
    {
        _changes = changes;
        _time = time;
        Receive<ClusterEvent.CurrentClusterState>(OnCurrent);
        Receive<ClusterEvent.LeaderChanged>(OnLeaderChanged);
        Receive<ClusterEvent.IMemberEvent>(OnChange);
        Receive<ClusterEvent.IReachabilityEvent>(OnChange);
    }

    protected override void PreStart() =>
        _cluster.Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsSnapshot,
            typeof(ClusterEvent.IMemberEvent), typeof(ClusterEvent.IReachabilityEvent), typeof(ClusterEvent.LeaderChanged));

    protected override void PostStop()
    {
        _cluster.Unsubscribe(Self);
        _changes.TryComplete();
    }

    private void OnCurrent(ClusterEvent.CurrentClusterState state)
    {
        var now = _time.GetUtcNow();
        foreach (var member in state.Members)
        {
            Write(new ClusterChange(member, ClusterChange.Current, !state.Unreachable.Contains(member), now));
        }
    }

    private void OnChange(ClusterEvent.IClusterDomainEvent change)
    {
        if (ClusterChange.Of(change, _time.GetUtcNow()) is { } entry)
        {
            Write(entry);
        }
    }

    /// <summary>Sent as the new leader's member line; a cluster left without a leader has no line to send.</summary>
    private void OnLeaderChanged(ClusterEvent.LeaderChanged change)
    {
        var leader = _cluster.State.Members.FirstOrDefault(m => m.Address.Equals(change.Leader));
        if (leader is not null)
        {
            Write(new ClusterChange(leader, ClusterChange.LeaderChanged, null, _time.GetUtcNow()));
        }
    }

    private void Write(ClusterChange change)
    {
        if (!_changes.TryWrite(change))
        {
            _changes.TryComplete(new ChannelClosedException("the client did not keep up with the cluster's changes"));
            Context.Stop(Self);
        }
    }
}
