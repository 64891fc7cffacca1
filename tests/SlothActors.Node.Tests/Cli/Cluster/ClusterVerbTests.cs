using System.Text.Json;
using SlothActors.Commands.Cluster;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Serialization;
using SlothActors.Node.Tests.Cli.Fakes;

namespace SlothActors.Node.Tests.Cli.Cluster;

public class ClusterVerbTests
{
    private static readonly ClusterView TwoMembers = new(
        "akka.tcp://sloth@127.0.0.1:4053", "node-1", "up", "akka.tcp://sloth@127.0.0.1:4053", "postgres",
        [
            new MemberView("akka.tcp://sloth@127.0.0.1:4053", "node-1", ["worker"], "up", "reachable", "0.1.0", Leader: true, Self: true),
            new MemberView("akka.tcp://sloth@127.0.0.1:4054", "node-2", ["worker"], "up", "unreachable", "0.1.0", Leader: false),
        ]);

    private static readonly MemberChange NodeTwoDown = new("node-2", "akka.tcp://sloth@127.0.0.1:4054", "down");

    [Fact]
    public async Task Show_prints_pbms_member_lines_and_the_count()
    {
        await using var node = FakeCommandHost.Start(_ => TwoMembers);
        var (code, output, error) = await Sloth.RunAsync("cluster", "show", "--node", node.Node);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldBe("""
            akka.tcp://sloth@127.0.0.1:4053 | [worker] | up | reachable
            akka.tcp://sloth@127.0.0.1:4054 | [worker] | up | unreachable
            Count: 2 nodes

            """.ReplaceLineEndings("\n"));
        node.Commands.ShouldHaveSingleItem().ShouldBeOfType<ShowCluster>();
    }

    [Fact]
    public async Task Show_as_json_prints_the_typed_reply_as_one_line_of_command_json()
    {
        await using var node = FakeCommandHost.Start(_ => TwoMembers);
        var (code, output, _) = await Sloth.RunAsync("cluster", "show", "-o", "json", "--node", node.Node);
        code.ShouldBe(0);
        output.ShouldBe(JsonSerializer.Serialize(TwoMembers, CommandJson.Default.ClusterView) + "\n");
        output.ShouldStartWith("""{"self":"akka.tcp://sloth@127.0.0.1:4053","name":"node-1","status":"up","leader":"akka.tcp://sloth@127.0.0.1:4053","storage":"postgres","members":[{""");
    }

    [Theory]
    [InlineData("node-2")]
    [InlineData("127.0.0.1:4054")]
    [InlineData("akka.tcp://sloth@127.0.0.1:4054")]
    public async Task Down_sends_the_member_as_given_a_name_host_port_or_akka_address_for_the_node_to_resolve(string target)
    {
        await using var node = FakeCommandHost.Start(_ => NodeTwoDown);
        var (code, output, error) = await Sloth.RunAsync("cluster", "down", target, "--node", node.Node);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldBe("Node node-2 is down; its partitions and the events it had accepted move to the other nodes.\n");
        node.Commands.ShouldHaveSingleItem().ShouldBe(new DownMember(target));
    }

    [Fact]
    public async Task An_unknown_member_is_the_nodes_404_naming_it_and_exit_code_1()
    {
        await using var node = FakeCommandHost.Start(_ => new CommandRefused(
            404, "Not found", "no member 'node-9' in the cluster (members: node-1 (akka.tcp://sloth@127.0.0.1:4053)); see `sloth cluster show`"));
        foreach (var verb in new[] { "down", "leave" })
        {
            var (code, output, error) = await Sloth.RunAsync("cluster", verb, "node-9", "--node", node.Node);
            code.ShouldBe(1);
            output.ShouldBeEmpty();
            error.ShouldContain("no member 'node-9' in the cluster");
        }

        node.Commands.ShouldBe([new DownMember("node-9"), new LeaveMember("node-9")]);
    }

    [Fact]
    public async Task Leave_without_a_node_asks_the_node_itself_to_leave()
    {
        await using var node = FakeCommandHost.Start(_ => new MemberChange("node-1", "akka.tcp://sloth@127.0.0.1:4053", "leaving"));
        var (code, output, error) = await Sloth.RunAsync("cluster", "leave", "--node", node.Node);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldStartWith("Node node-1 is leaving: it hands over its work");
        node.Commands.ShouldHaveSingleItem().ShouldBe(new LeaveMember(null));
    }

    [Fact]
    public async Task A_refusal_such_as_downing_the_node_asked_is_one_line_and_exit_code_1()
    {
        await using var node = FakeCommandHost.Start(_ => new CommandRefused(
            409, "Conflict", "node-1 is this node (akka.tcp://sloth@127.0.0.1:4053): use cluster leave to take this node out"));
        var (code, output, error) = await Sloth.RunAsync("cluster", "down", "node-1", "--node", node.Node);
        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldBe("Conflict: node-1 is this node (akka.tcp://sloth@127.0.0.1:4053): use cluster leave to take this node out\n");
    }

    [Fact]
    public async Task Down_unreachable_reports_each_downed_member_and_json_prints_the_reply()
    {
        var reply = new DownedMembers([NodeTwoDown]);
        await using var node = FakeCommandHost.Start(_ => reply);
        var table = await Sloth.RunAsync("cluster", "down-unreachable", "--node", node.Node);
        table.Code.ShouldBe(0);
        table.Out.ShouldBe("Node node-2 is down; its partitions and the events it had accepted move to the other nodes.\n");
        var json = await Sloth.RunAsync("cluster", "down-unreachable", "-o", "json", "--node", node.Node);
        json.Out.ShouldBe("""{"downed":[{"node":"node-2","address":"akka.tcp://sloth@127.0.0.1:4054","status":"down"}]}""" + "\n");
    }

    [Theory]
    [InlineData("cluster", "down")]
    [InlineData("cluster", "down", "Node-2")]
    [InlineData("cluster", "down", "node 2")]
    [InlineData("cluster", "down", "-bad")]
    [InlineData("cluster", "down", "node-2@127.0.0.1:8102")]
    [InlineData("cluster", "down", "127.0.0.1:")]
    [InlineData("cluster", "leave", "http://127.0.0.1:8102")]
    [InlineData("cluster", "leave", "a", "b")]
    [InlineData("cluster", "down-unreachable", "node-2")]
    [InlineData("cluster", "bogus")]
    public async Task Bad_cluster_arguments_are_a_usage_error_with_exit_code_2(params string[] args)
    {
        var (code, output, error) = await Sloth.RunAsync([.. args, "--node", $"127.0.0.1:{Sloth.ClosedPort()}"]);
        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("sloth --help");
    }

    [Theory]
    [InlineData(new[] { "cluster" }, new[] { "show", "leave", "down", "down-unreachable", "tail" })]
    [InlineData(new[] { "cluster", "show" }, new[] { "Count: N nodes", "akka.tcp://sloth@HOST:PORT | [roles]", "Example: sloth --node" })]
    [InlineData(new[] { "cluster", "leave" }, new[] { "MEMBER", "node-2", "HOST:PORT", "akka.tcp://sloth@HOST:PORT", "exits with code 0", "Example: sloth" })]
    [InlineData(new[] { "cluster", "down" }, new[] { "MEMBER", "HOST:PORT", "exits with code 1", "Example: sloth" })]
    [InlineData(new[] { "cluster", "down-unreachable" }, new[] { "Example: sloth" })]
    [InlineData(new[] { "cluster", "tail" }, new[] { "Example: sloth" })]
    public async Task Help_describes_every_cluster_verb_with_an_example(string[] verb, string[] mentions)
    {
        var (code, output, _) = await Sloth.RunAsync([.. verb, "--help"]);
        code.ShouldBe(0);
        foreach (var mention in mentions)
        {
            output.ShouldContain(mention);
        }
    }

    [Fact]
    public async Task Without_a_node_every_cluster_verb_exits_with_code_3()
    {
        var port = Sloth.ClosedPort();
        foreach (var args in new[] { new[] { "show" }, ["leave"], ["down", "node-2"], ["down-unreachable"], ["tail"] })
        {
            var (code, _, error) = await Sloth.RunAsync(["cluster", .. args, "--node", $"127.0.0.1:{port}"]);
            code.ShouldBe(3, string.Join(' ', args));
            error.ShouldContain($"no node at akka.tcp://sloth@127.0.0.1:{port}");
        }
    }
}
