using System.Net;
using System.Text.Json;
using Akka.Actor;
using Microsoft.Extensions.DependencyInjection;
using SlothActors.Node.Tests.Api;
using SlothActors.Node.Tests.Cli;
using SlothActors.Node.Tests.Cluster;
using SlothActors.PostgresTesting;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Remoting;

/// <summary><c>GET /cluster/akka</c> and <c>POST /cluster/join</c>: Akka.Cluster's own membership over HTTP.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AkkaClusterEndpointTests(PostgresServerFixture server)
{
    [Fact]
    public async Task A_node_alone_lists_itself_up_reachable_and_leader()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();
        var self = AddressOf(node);

        var view = await Poll.ValueAsync(() => node.GetJsonAsync("/cluster/akka"), v => v.GetProperty("status").GetString() == "up", "the node up");

        view.GetProperty("self").GetString().ShouldBe(self);
        view.GetProperty("leader").GetString().ShouldBe(self);
        var member = view.GetProperty("members").EnumerateArray().ShouldHaveSingleItem();
        member.GetProperty("address").GetString().ShouldBe(self);
        member.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["worker"]);
        member.GetProperty("status").GetString().ShouldBe("up");
        member.GetProperty("reachability").GetString().ShouldBe("reachable");
        member.GetProperty("leader").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_node_whose_seed_never_answered_joins_the_cluster_it_is_told_to_join_and_a_member_is_refused()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var first = await ClusterTestNode.StartAsync(db, "node-a");
        await using var lost = await ClusterTestNode.StartAsync(db, "node-b", seedAddress: $"akka.tcp://sloth@127.0.0.1:{Sloth.ClosedPort()}");
        (await lost.GetJsonAsync("/cluster/akka")).GetProperty("status").GetString().ShouldBe("not-a-member");

        var port = first.AkkaAddress.Split(':')[^1];
        var joining = await lost.PostJsonAsync("/cluster/join", $$"""{"seed": "127.0.0.1:{{port}}"}""", HttpStatusCode.Accepted);
        joining.GetProperty("seed").GetString().ShouldBe(first.AkkaAddress);

        await Poll.ValueAsync(
            () => first.GetJsonAsync("/cluster/akka"),
            v => v.GetProperty("members").EnumerateArray().Count(m => m.GetProperty("status").GetString() == "up") == 2,
            "the first node seeing the joined node up");
        var refused = await lost.PostJsonAsync("/cluster/join", $$"""{"seed": "127.0.0.1:{{port}}"}""", HttpStatusCode.Conflict);
        refused.GetProperty("detail").GetString()!.ShouldContain("joins only once");
    }

    [Theory]
    [InlineData("{}", HttpStatusCode.BadRequest, "seed is required")]
    [InlineData("""{"seed": "http://127.0.0.1:4053"}""", HttpStatusCode.UnprocessableEntity, "http://127.0.0.1:4053")]
    [InlineData("""{"seed": "127.0.0.1:99999"}""", HttpStatusCode.UnprocessableEntity, "127.0.0.1:99999")]
    public async Task A_join_without_a_valid_seed_is_refused_naming_it(string body, HttpStatusCode status, string named)
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();

        var problem = await PostAsync(node, body, status);

        problem.GetProperty("detail").GetString()!.ShouldContain(named);
    }

    private static async Task<JsonElement> PostAsync(EngineNode node, string body, HttpStatusCode expected) =>
        await node.JsonAsync(await node.PostAsync("/cluster/join", body), expected);

    private static string AddressOf(EngineNode node) =>
        AkkaOf.Cluster(node.App).SelfAddress.ToString();
}
