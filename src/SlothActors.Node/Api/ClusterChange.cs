using Akka.Cluster;

namespace SlothActors.Node.Api;

/// <summary>
/// One entry of <c>/cluster/stream</c>: the member an Akka cluster event is about, which event
/// (<see cref="Kind"/>), the reachability it reports (null: the event says nothing about it) and
/// when this node noticed it.
/// </summary>
internal sealed record ClusterChange(Member Member, string Kind, bool? Reachable, DateTimeOffset At)
{
    /// <summary>The members as they are when the stream opens, before any change.</summary>
    public const string Current = "current";

    public const string LeaderChanged = "leader-changed";

    /// <summary>The entry for a member or reachability event, noticed at <paramref name="at"/>; null for events the stream does not follow.</summary>
    public static ClusterChange? Of(ClusterEvent.IClusterDomainEvent change, DateTimeOffset at)
    {
        var member = change switch
        {
            ClusterEvent.MemberStatusChange status => status.Member,
            ClusterEvent.ReachabilityEvent reachability => reachability.Member,
            _ => null,
        };
        return member is not null && KindOf(change) is var (kind, reachable) ? new ClusterChange(member, kind, reachable, at) : null;
    }

    /// <summary>The kind of a member or reachability event; null for events the stream does not follow.</summary>
    public static (string Kind, bool? Reachable)? KindOf(ClusterEvent.IClusterDomainEvent change) => change switch
    {
        ClusterEvent.MemberJoined => ("joined", null),
        ClusterEvent.MemberWeaklyUp => ("weakly-up", null),
        ClusterEvent.MemberUp => ("up", null),
        ClusterEvent.MemberLeft => ("left", null),
        ClusterEvent.MemberExited => ("exited", null),
        ClusterEvent.MemberDowned => ("downed", null),
        ClusterEvent.MemberRemoved => ("removed", null),
        ClusterEvent.UnreachableMember => ("unreachable", false),
        ClusterEvent.ReachableMember => ("reachable", true),
        _ => null,
    };
}
