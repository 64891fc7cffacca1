using System.Text.Json;
using System.Text.RegularExpressions;

namespace SlothActors.Integration.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class ClusterShowTests(ClusterOfThree cluster)
{
    [Fact]
    public async Task Cluster_show_prints_each_of_the_three_akka_members_up_and_reachable_and_the_count_and_json_names_them()
    {
        await cluster.EnsureAllUpAsync();
        var view = await cluster.ViewAsync(cluster.Names[1]);

        var show = await cluster.SlothAsync(cluster.Names[1], "cluster", "show");
        var json = await cluster.SlothAsync(cluster.Names[1], "cluster", "show", "-o", "json");

        show.ExitCode.ShouldBe(0, show.ToString());
        var lines = show.Out.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(ClusterNodes.Size + 1, show.ToString());
        foreach (var member in view.Members)
        {
            lines.ShouldContain(line => Regex.IsMatch(line, MemberLine(member.Address, "up", "reachable")), $"{member.Address} up and reachable:\n{show}");
        }

        lines[^1].ShouldBe($"Count: {ClusterNodes.Size} nodes");
        json.ExitCode.ShouldBe(0, json.ToString());
        using var reply = JsonDocument.Parse(json.Out);
        var members = reply.RootElement.GetProperty("members").EnumerateArray().ToList();
        members.Select(m => m.GetProperty("name").GetString()).Order(StringComparer.Ordinal).ShouldBe(cluster.Names.Order(StringComparer.Ordinal));
        members.Count(m => m.GetProperty("leader").GetBoolean()).ShouldBe(1, json.Out);
        members.Single(m => m.GetProperty("self").GetBoolean()).GetProperty("name").GetString().ShouldBe(cluster.Names[1]);
    }

    [Fact]
    public async Task Cluster_show_lists_a_killed_node_unreachable_and_after_cluster_down_by_name_no_more()
    {
        await cluster.EnsureAllUpAsync();
        var (first, victim) = (cluster.Names[0], cluster.Names[2]);
        var address = (await cluster.ViewAsync(first)).Member(victim)!.Address;
        await cluster.KillAsync(victim);
        await cluster.UntilAsync($"{victim} unreachable", async () => (await cluster.ViewAsync(first)).Member(victim)?.Reachability == "unreachable");

        var unreachable = await cluster.SlothAsync(first, "cluster", "show");
        var down = await cluster.SlothAsync(first, "cluster", "down", victim);
        await cluster.UntilAsync($"{victim} removed", async () => (await cluster.ViewAsync(first)).Members.All(m => m.Address != address));
        var removed = await cluster.SlothAsync(first, "cluster", "show");

        unreachable.Out.ShouldMatch(MemberLine(address, "up", "unreachable"), unreachable.ToString());
        down.ExitCode.ShouldBe(0, down.ToString());
        down.Out.ShouldContain($"Node {victim} is down");
        removed.Out.ShouldNotContain(address, Case.Sensitive, removed.ToString());
        removed.Out.ShouldContain($"Count: {ClusterNodes.Size - 1} nodes");
    }

    [Fact]
    public async Task Cluster_down_unreachable_through_any_node_downs_a_killed_node()
    {
        await cluster.EnsureAllUpAsync();
        var (asked, victim) = (cluster.Names[1], cluster.Names[2]);
        var address = (await cluster.ViewAsync(asked)).Member(victim)!.Address;
        await cluster.KillAsync(victim);
        await cluster.UntilAsync($"{victim} unreachable", async () => (await cluster.ViewAsync(asked)).Member(victim)?.Reachability == "unreachable");

        var downed = await cluster.SlothAsync(asked, "cluster", "down-unreachable");
        await cluster.UntilAsync($"{victim} removed", async () => (await cluster.ViewAsync(asked)).Members.All(m => m.Address != address));

        downed.ExitCode.ShouldBe(0, downed.ToString());
        downed.Out.ShouldBe($"Node {victim} is down; its partitions and the events it had accepted move to the other nodes.\n", downed.ToString());
        var after = await cluster.SlothAsync(asked, "cluster", "show");
        after.Out.ShouldContain($"Count: {ClusterNodes.Size - 1} nodes");
    }

    // akka.tcp://sloth@127.0.0.1:port | [roles] | status | reachability; multiline: one line of the output.
    private static string MemberLine(string address, string status, string reachability) =>
        $@"(?m)^{Regex.Escape(address)} \| \[[a-z0-9, _-]*\] \| {status} \| {reachability}$";
}
