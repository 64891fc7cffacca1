using SlothActors.Cli.Client;

namespace SlothActors.Cli.Output;

/// <summary>
/// <c>sloth cluster</c> output in pbm's shape: one line per member,
/// <c>name@host:port | [roles] | status | reachability | version</c>, the leader's line ending in
/// <c> | leader</c>, then <c>Count: N nodes</c>.
/// </summary>
public static class ClusterLines
{
    public static IReadOnlyList<string> Show(ClusterView cluster)
    {
        var lines = cluster.Members.Select(member => Member(member, member.Leader || member.Name == cluster.Leader)).ToList();
        lines.Add(Count(cluster.Members.Count));
        return lines;
    }

    public static string Member(MemberView member, bool leader)
    {
        var line = string.Join(" | ", Address(member), Roles(member.Roles), member.Status ?? "-", member.Reachability ?? "-", member.Version ?? "-");
        return leader ? line + " | leader" : line;
    }

    /// <summary>A <c>cluster tail</c> line: the member line after the UTC time of the change.</summary>
    public static string Change(MemberView member) =>
        $"{TimeText.Of(member.At ?? member.HeartbeatAt)} {Member(member, member.Leader)}";

    public static string Count(int members) => $"Count: {members} nodes";

    /// <summary><c>name@host:port</c> of the member's advertised URL; the name alone when it has none.</summary>
    public static string Address(MemberView member)
    {
        if (string.IsNullOrEmpty(member.Address))
        {
            return member.Name;
        }

        return Uri.TryCreate(member.Address, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host)
            ? $"{member.Name}@{uri.Host}:{uri.Port}"
            : $"{member.Name}@{member.Address}";
    }

    /// <summary>
    /// <c>cluster status</c>: Akka.Cluster's members in pbm's own line shape,
    /// <c>akka.tcp://sloth@127.0.0.1:4053 | [worker] | up | reachable</c>, then <c>Count: N nodes</c>.
    /// </summary>
    public static IReadOnlyList<string> Status(AkkaClusterView cluster)
    {
        var lines = cluster.Members
            .Select(member => string.Join(" | ", member.Address, Roles(member.Roles), member.Status ?? "-", member.Reachability ?? "-"))
            .ToList();
        lines.Add(Count(cluster.Members.Count));
        return lines;
    }

    /// <summary><c>cluster leader</c>: the leader's address, or why there is none.</summary>
    public static string Leader(AkkaClusterView cluster) =>
        cluster.Leader ?? $"No leader: this node ({cluster.Self}) is {cluster.Status ?? "not a member"} and sees no member up.";

    public static string Joining(JoinReply reply) =>
        $"Node {reply.Self} is joining the cluster of {reply.Seed}; `sloth cluster status` shows it once the cluster lets it in.";

    public static string Left(MemberChange change) =>
        $"Node {change.Node} is {change.Status ?? "leaving"}: it stops accepting events, finishes or releases its in-flight events, then exits.";

    public static string Downed(MemberChange change) =>
        $"Node {change.Node} is {change.Status ?? "down"}; {Events(change.Released ?? 0)} it held released to the other nodes.";

    public static IReadOnlyList<string> Downed(DownedMembers downed) =>
        downed.Downed.Count == 0
            ? ["No unreachable member: nothing was downed."]
            : [.. downed.Downed.Select(member => Downed(new MemberChange(member.Node, "down", member.Released)))];

    /// <summary>The roles column: <c>[worker, api]</c>, <c>[]</c> when there are none.</summary>
    private static string Roles(IReadOnlyList<string>? roles) => "[" + string.Join(", ", roles ?? []) + "]";

    private static string Events(long count) => count == 1 ? "1 event" : $"{count} events";
}
