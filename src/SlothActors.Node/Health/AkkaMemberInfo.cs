using Akka.Actor;
using Akka.Cluster;

namespace SlothActors.Node.Health;

/// <summary>
/// This node as an Akka.Cluster member, for <c>/health</c>: its address, its member status and
/// whether it is Akka's leader as it sees the cluster.
/// </summary>
internal readonly record struct AkkaMemberInfo(string Address, string Status, bool IsLeader)
{
    public const string NotAMember = "not-a-member";

    /// <summary>
    /// Null when the node runs no actor system (a bare API host). <c>not-a-member</c> while it
    /// still waits for a seed to answer (Akka itself would say removed, as after leaving).
    /// </summary>
    public static AkkaMemberInfo? Of(ActorSystem? system)
    {
        if (system is null || system.WhenTerminated.IsCompleted)
        {
            return null;
        }

        var cluster = Akka.Cluster.Cluster.Get(system);
        var self = cluster.SelfMember;
        var state = cluster.State;
        var joined = cluster.IsTerminated || state.Members.Contains(self);
        return new AkkaMemberInfo(
            cluster.SelfAddress.ToString(), joined ? StatusName(self.Status) : NotAMember, joined && cluster.SelfAddress.Equals(state.Leader));
    }

    public static string StatusName(MemberStatus status) => status switch
    {
        MemberStatus.Joining => "joining",
        MemberStatus.WeaklyUp => "weakly-up",
        MemberStatus.Up => "up",
        MemberStatus.Leaving => "leaving",
        MemberStatus.Exiting => "exiting",
        MemberStatus.Down => "down",
        MemberStatus.Removed => "removed",
        _ => status.ToString().ToLowerInvariant(),
    };
}
