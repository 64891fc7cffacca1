using System.Text.RegularExpressions;

namespace SlothActors.Integration.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class ClusterShowTests(ClusterOfThree cluster)
{
    [Fact]
    public async Task Cluster_show_prints_each_of_the_three_members_up_and_reachable_the_one_leader_and_the_count()
    {
        await cluster.EnsureAllUpAsync();
        var view = await cluster.ViewAsync(cluster.Names[1]);

        var show = await cluster.SlothAsync(cluster.Names[1], "cluster", "show");

        show.ExitCode.ShouldBe(0, show.ToString());
        var lines = show.Out.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(ClusterNodes.Size + 1, show.ToString());
        foreach (var name in cluster.Names)
        {
            lines.ShouldContain(line => Regex.IsMatch(line, MemberLine(name, "up", "reachable")), $"{name} up and reachable:\n{show}");
        }

        lines.Count(line => line.EndsWith(" | leader", StringComparison.Ordinal)).ShouldBe(1, show.ToString());
        lines.Single(line => line.EndsWith(" | leader", StringComparison.Ordinal)).ShouldStartWith(view.Leader + "@");
        lines[^1].ShouldBe($"Count: {ClusterNodes.Size} nodes");
    }

    [Fact]
    public async Task Cluster_show_lists_a_killed_node_unreachable_and_after_cluster_down_down()
    {
        await cluster.EnsureAllUpAsync();
        var (first, victim) = (cluster.Names[0], cluster.Names[2]);
        await cluster.KillAsync(victim);
        await cluster.UntilAsync($"{victim} unreachable", async () => (await cluster.ViewAsync(first)).Member(victim)?.Reachability == "unreachable");

        var unreachable = await cluster.SlothAsync(first, "cluster", "show");
        var down = await cluster.SlothAsync(first, "cluster", "down", victim);
        var downed = await cluster.SlothAsync(first, "cluster", "show");

        unreachable.Out.ShouldMatch(MemberLine(victim, "up", "unreachable"), unreachable.ToString());
        down.ExitCode.ShouldBe(0, down.ToString());
        down.Out.ShouldContain($"Node {victim} is down");
        downed.Out.ShouldMatch(MemberLine(victim, "down", "unreachable"), downed.ToString());
        downed.Out.ShouldContain($"Count: {ClusterNodes.Size} nodes");
    }

    // name@127.0.0.1:port | [roles] | status | reachability | version, maybe " | leader"; multiline: one line of the output.
    private static string MemberLine(string name, string status, string reachability) =>
        $@"(?m)^{Regex.Escape(name)}@127\.0\.0\.1:\d+ \| \[[a-z0-9, _-]*\] \| {status} \| {reachability} \| \S+( \| leader)?$";
}
