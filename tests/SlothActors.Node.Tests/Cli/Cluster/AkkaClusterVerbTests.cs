using System.Text.RegularExpressions;
using SlothActors.Node.Tests.Api;
using SlothActors.Node.Tests.Remoting;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Cli.Cluster;

/// <summary>
/// <c>sloth cluster show|status|leader|join</c> against a real node: its HTTP API is in memory,
/// but its Akka remoting listens on a free loopback port, where the CLI finds its command host.
/// </summary>
public sealed partial class AkkaClusterVerbTests
{
    [Fact]
    public async Task Show_and_status_print_pbm_lines_leader_prints_the_address_and_join_on_a_member_is_refused_with_the_reason()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();
        var self = AkkaOf.Cluster(node.App).SelfAddress;
        var address = $"{self.Host}:{self.Port}";
        await Poll.ValueAsync(() => node.GetJsonAsync("/cluster/akka"), v => v.GetProperty("status").GetString() == "up", "the node up");

        var (code, output, error) = await Sloth.RunAsync("cluster", "status", "--node", address);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(2, output);
        MemberLine().IsMatch(lines[0]).ShouldBeTrue(lines[0]);
        lines[0].ShouldStartWith(self + " | ");
        lines[1].ShouldBe("Count: 1 nodes");
        var show = await Sloth.RunAsync("cluster", "show", "--node", address);
        show.Code.ShouldBe(0);
        show.Out.ShouldBe(output);

        var leader = await Sloth.RunAsync("cluster", "leader", "--node", self.ToString());
        leader.Code.ShouldBe(0);
        leader.Out.TrimEnd('\n').ShouldBe(self.ToString());

        var join = await Sloth.RunAsync("cluster", "join", "127.0.0.1:4053", "--node", address);
        join.Code.ShouldBe(1);
        join.Error.ShouldContain("runs on SQLite");
    }

    [GeneratedRegex(@"^akka\.tcp://sloth@127\.0\.0\.1:\d+ \| \[worker\] \| up \| reachable$")]
    private static partial Regex MemberLine();
}
