using SlothActors.Cli.Client;

namespace SlothActors.Cli.Output;

/// <summary>
/// <c>sloth cluster</c> output in the shape of pbm's cluster commands: one line per Akka member,
/// <c>akka.tcp://sloth@127.0.0.1:4053 | [worker] | up | reachable</c>, then <c>Count: N nodes</c>.
/// </summary>
public static class ClusterLines
{
    /// <summary>The <c>event</c> of a stream entry that names the new leader.</summary>
    private const string LeaderChanged = "leader-changed";

    /// <summary><c>cluster show</c> and <c>cluster status</c>: the member lines in the node's (address) order, then the count.</summary>
    public static IReadOnlyList<string> Show(ClusterView cluster)
    {
        var lines = cluster.Members.Select(Member).ToList();
        lines.Add(Count(cluster.Members.Count));
        return lines;
    }

    public static string Member(MemberView member) =>
        string.Join(" | ", member.Address, Roles(member.Roles), member.Status ?? "-", member.Reachability ?? "-");

    /// <summary>
    /// A <c>cluster tail</c> line: the member line as the event left it, after the event's UTC time;
    /// a leader change is the new leader's line, marked <c> | leader</c>.
    /// </summary>
    public static string Change(MemberView member)
    {
        var line = $"{TimeText.Of(member.At)} {Member(member)}";
        return member.Event == LeaderChanged ? line + " | leader" : line;
    }

    public static string Count(int members) => $"Count: {members} nodes";

    /// <summary><c>cluster leader</c>: the leader's address, or why there is none.</summary>
    public static string Leader(ClusterView cluster) =>
        cluster.Leader ?? $"No leader: this node ({cluster.Self}) is {cluster.Status ?? "not a member"} and sees no member up.";

    public static string Joining(JoinReply reply) =>
        $"Node {reply.Self} is joining the cluster of {reply.Seed}; `sloth cluster show` shows it once the cluster lets it in.";

    public static string Left(MemberChange change) =>
        $"Node {Who(change)} is {change.Status ?? "leaving"}: it hands over its work and finishes its in-flight events, then exits with code 0.";

    public static string Downed(MemberChange change) =>
        $"Node {Who(change)} is {change.Status ?? "down"}; its partitions and the events it had accepted move to the other nodes.";

    public static IReadOnlyList<string> Downed(DownedMembers downed) =>
        downed.Downed.Count == 0
            ? ["No unreachable member: nothing was downed."]
            : [.. downed.Downed.Select(member => Downed(member with { Status = "down" }))];

    /// <summary>The node name when the node knew it, else the member's address.</summary>
    private static string Who(MemberChange change) => change.Node ?? change.Address ?? "(unknown)";

    /// <summary>The roles column: <c>[worker, api]</c>, <c>[]</c> when there are none.</summary>
    private static string Roles(IReadOnlyList<string>? roles) => "[" + string.Join(", ", roles ?? []) + "]";
}
