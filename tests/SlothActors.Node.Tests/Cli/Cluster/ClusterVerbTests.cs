using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SlothActors.Node.Tests.Cli.Cluster;

public class ClusterVerbTests
{
    private const string Cluster = """
        {"self":"akka.tcp://sloth@127.0.0.1:4053","name":"node-1","status":"up","leader":"akka.tcp://sloth@127.0.0.1:4053","storage":"postgres","members":[
          {"address":"akka.tcp://sloth@127.0.0.1:4053","name":"node-1","roles":["worker"],"status":"up","reachability":"reachable","version":"0.1.0","leader":true,"self":true},
          {"address":"akka.tcp://sloth@127.0.0.1:4054","name":"node-2","roles":["worker"],"status":"up","reachability":"unreachable","version":"0.1.0","leader":false,"self":false}]}
        """;

    [Fact]
    public async Task Show_prints_pbms_member_lines_and_the_count()
    {
        await using var node = await FakeNode.StartAsync(app => app.MapGet("/cluster", () => FakeNode.Json(Cluster)));
        var (code, output, error) = await Sloth.RunAsync("cluster", "show", "--node", node.Url);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldBe("""
            akka.tcp://sloth@127.0.0.1:4053 | [worker] | up | reachable
            akka.tcp://sloth@127.0.0.1:4054 | [worker] | up | unreachable
            Count: 2 nodes

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Show_as_json_prints_the_nodes_reply_as_sent()
    {
        await using var node = await FakeNode.StartAsync(app => app.MapGet("/cluster", () => FakeNode.Json(Cluster)));
        var (code, output, _) = await Sloth.RunAsync("cluster", "show", "-o", "json", "--node", node.Url);
        code.ShouldBe(0);
        output.ShouldBe(Cluster.ReplaceLineEndings(" ") + "\n");
    }

    [Theory]
    [InlineData("node-2")]
    [InlineData("127.0.0.1:4054")]
    [InlineData("akka.tcp://sloth@127.0.0.1:4054")]
    public async Task Down_sends_the_member_as_given_a_name_host_port_or_akka_address_for_the_node_to_resolve(string target)
    {
        await using var node = await FakeNode.StartAsync(app =>
            app.MapPost("/cluster/down", () => FakeNode.Json("""{"node":"node-2","address":"akka.tcp://sloth@127.0.0.1:4054","status":"down"}""")));
        var (code, output, error) = await Sloth.RunAsync("cluster", "down", target, "--node", node.Url);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldBe("Node node-2 is down; its partitions and the events it had accepted move to the other nodes.\n");
        node.Requests.ShouldHaveSingleItem().ShouldBe(("POST", "/cluster/down", $$"""{"node":"{{target}}"}""", null));
    }

    [Fact]
    public async Task An_unknown_member_is_the_nodes_404_naming_it_and_exit_code_1()
    {
        const string Unknown = """{"title":"Not found","status":404,"detail":"no member 'node-9' in the cluster (members: node-1 (akka.tcp://sloth@127.0.0.1:4053)); see `sloth cluster show`"}""";
        await using var node = await FakeNode.StartAsync(app =>
            app.MapPost("/cluster/{verb}", () => Results.Text(Unknown, "application/problem+json", statusCode: 404)));
        foreach (var verb in new[] { "down", "leave" })
        {
            var (code, output, error) = await Sloth.RunAsync("cluster", verb, "node-9", "--node", node.Url);
            code.ShouldBe(1);
            output.ShouldBeEmpty();
            error.ShouldContain("no member 'node-9' in the cluster");
        }
    }

    [Fact]
    public async Task Leave_without_a_node_asks_the_node_itself_to_leave()
    {
        await using var node = await FakeNode.StartAsync(app =>
            app.MapPost("/cluster/leave", () => FakeNode.Json("""{"node":"node-1","address":"akka.tcp://sloth@127.0.0.1:4053","status":"leaving"}""", 202)));
        var (code, output, error) = await Sloth.RunAsync("cluster", "leave", "--node", node.Url);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldStartWith("Node node-1 is leaving: it hands over its work");
        node.Requests.ShouldHaveSingleItem().ShouldBe(("POST", "/cluster/leave", "{}", null));
    }

    [Fact]
    public async Task A_refusal_such_as_downing_the_node_asked_is_one_line_and_exit_code_1()
    {
        await using var node = await FakeNode.StartAsync(app => app.MapPost("/cluster/down", () => Results.Text(
            """{"title":"Conflict","status":409,"detail":"node-1 is this node (akka.tcp://sloth@127.0.0.1:4053): use cluster leave to take this node out"}""",
            "application/problem+json", statusCode: 409)));
        var (code, output, error) = await Sloth.RunAsync("cluster", "down", "node-1", "--node", node.Url);
        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldBe("Conflict: node-1 is this node (akka.tcp://sloth@127.0.0.1:4053): use cluster leave to take this node out\n");
    }

    [Fact]
    public async Task Down_unreachable_reports_each_downed_member_and_json_prints_the_reply()
    {
        const string Reply = """{"downed":[{"node":"node-2","address":"akka.tcp://sloth@127.0.0.1:4054","status":"down"}]}""";
        await using var node = await FakeNode.StartAsync(app => app.MapPost("/cluster/down-unreachable", () => FakeNode.Json(Reply)));
        var table = await Sloth.RunAsync("cluster", "down-unreachable", "--node", node.Url);
        table.Code.ShouldBe(0);
        table.Out.ShouldBe("Node node-2 is down; its partitions and the events it had accepted move to the other nodes.\n");
        var json = await Sloth.RunAsync("cluster", "down-unreachable", "-o", "json", "--node", node.Url);
        json.Out.ShouldBe(Reply + "\n");
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
        var (code, output, error) = await Sloth.RunAsync([.. args, "--node", $"http://127.0.0.1:{Sloth.ClosedPort()}"]);
        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("sloth --help");
    }

    [Theory]
    [InlineData(new[] { "cluster" }, new[] { "show", "leave", "down", "down-unreachable", "tail" })]
    [InlineData(new[] { "cluster", "show" }, new[] { "Count: N nodes", "akka.tcp://sloth@HOST:PORT | [roles]", "Example: sloth --node http://127.0.0.1:8101 cluster show" })]
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
        var url = $"http://127.0.0.1:{Sloth.ClosedPort()}";
        foreach (var args in new[] { new[] { "show" }, ["leave"], ["down", "node-2"], ["down-unreachable"], ["tail"] })
        {
            var (code, _, error) = await Sloth.RunAsync(["cluster", .. args, "--node", url]);
            code.ShouldBe(3, string.Join(' ', args));
            error.ShouldContain($"no node at {url}");
        }
    }
}
