using Akka.Actor;
using Akka.Cluster;
using SlothActors.Node.Health;

namespace SlothActors.Node.Remoting;

/// <summary>
/// One read of Akka.Cluster's state as this node sees it, with the members' node names: what
/// <c>/cluster</c> shows and what a leave or down resolves its target against.
/// </summary>
internal sealed class ClusterMembers
{
    private readonly IReadOnlyDictionary<string, string> _names;

    private ClusterMembers(Akka.Cluster.Cluster cluster, IReadOnlyDictionary<string, string> names, string selfName)
    {
        Cluster = cluster;
        State = cluster.State;
        Self = cluster.SelfAddress;
        SelfName = selfName;
        _names = names;
    }

    public Akka.Cluster.Cluster Cluster { get; }

    public ClusterEvent.CurrentClusterState State { get; }

    public Address Self { get; }

    public string SelfName { get; }

    /// <summary>Members in address order, as Akka keeps them.</summary>
    public IEnumerable<Member> Members => State.Members;

    public static async Task<ClusterMembers> ReadAsync(ActorSystem system, string selfName, CancellationToken cancellationToken)
    {
        var names = await MemberNameBook.ReadAsync(system, cancellationToken).ConfigureAwait(false);
        return new ClusterMembers(Akka.Cluster.Cluster.Get(system), names, selfName);
    }

    /// <summary>This node's own name is known before its entry has gone round; others once gossip brought theirs.</summary>
    public string? NameOf(Address address) =>
        address.Equals(Self) ? SelfName : _names.GetValueOrDefault(address.ToString());

    public bool IsReachable(Member member) => !State.Unreachable.Contains(member);

    public bool IsLeader(Member member) => member.Address.Equals(State.Leader);

    public string SelfStatus => AkkaMemberInfo.Of(Cluster.System)?.Status ?? AkkaMemberInfo.NotAMember;
}
