using Akka.Actor;
using Akka.Cluster;

namespace SlothActors.Node.Health;

/// <summary>This node as an Akka.Cluster member: its address and its member status, for <c>/health</c>.</summary>
internal readonly record struct AkkaMemberInfo(string Address, string Status)
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
        var joined = cluster.IsTerminated || cluster.State.Members.Contains(self);
        return new AkkaMemberInfo(cluster.SelfAddress.ToString(), joined ? StatusName(self.Status) : NotAMember);
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
