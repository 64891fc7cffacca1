using System.Text.RegularExpressions;
using Akka.Actor;
using Akka.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SlothActors.Node.Tests.Api;
using SlothActors.Node.Tests.Cli;
using SlothActors.Node.Tests.Cluster;
using SlothActors.PostgresTesting;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Remoting;

/// <summary>Every node is an Akka.Cluster member: with no seed a cluster of one, with a seed a member of that node's cluster.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class AkkaMemberTests(PostgresServerFixture server)
{
    [Fact]
    public async Task A_node_without_seeds_is_up_in_a_cluster_of_its_own_and_health_shows_its_loopback_address()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();

        var health = await Poll.ValueAsync(
            async () => (await node.GetJsonAsync("/health")).GetProperty("node"),
            json => json.GetProperty("member_status").GetString() == "up",
            "the node reporting itself up");

        var address = health.GetProperty("address").GetString()!;
        LoopbackAddress().IsMatch(address).ShouldBeTrue(address);
        address.ShouldNotEndWith(":0", "the address shows the port remoting really bound");
        var cluster = AkkaOf.Cluster(node.App);
        address.ShouldBe(cluster.SelfAddress.ToString());
        cluster.State.Members.ShouldHaveSingleItem().Status.ShouldBe(MemberStatus.Up);
        cluster.SelfRoles.ShouldBe(["worker"]);
    }

    [Fact]
    public async Task A_node_given_a_seed_joins_that_nodes_cluster_and_both_see_two_members_up()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var first = await ClusterTestNode.StartAsync(db, "node-a");
        await using var second = await JoinedToAsync(db, first);

        AkkaOf.Cluster(second.App).State.Members.Select(member => member.Address).ShouldContain(AkkaOf.Cluster(first.App).SelfAddress);
        var health = (await second.GetJsonAsync("/health")).GetProperty("node");
        health.GetProperty("member_status").GetString().ShouldBe("up");
        health.GetProperty("address").GetString().ShouldBe(AkkaOf.Cluster(second.App).SelfAddress.ToString());
    }

    [Fact]
    public async Task A_node_whose_seed_does_not_answer_is_not_a_member_and_health_says_so()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var node = await ClusterTestNode.StartAsync(db, "node-a", seedAddress: $"akka.tcp://sloth@127.0.0.1:{Sloth.ClosedPort()}");

        var health = (await node.GetJsonAsync("/health")).GetProperty("node");

        health.GetProperty("member_status").GetString().ShouldBe("not-a-member");
        AkkaOf.Cluster(node.App).State.Members.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_node_downed_by_the_cluster_stops_its_host()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var first = await ClusterTestNode.StartAsync(db, "node-a");
        await using var second = await JoinedToAsync(db, first);

        AkkaOf.Cluster(first.App).Down(AkkaOf.Cluster(second.App).SelfAddress);

        await Poll.UntilAsync(() => second.Stopping, "the downed node's host stopping", interval: TimeSpan.FromMilliseconds(50));
        first.Stopping.ShouldBeFalse();
    }

    /// <summary>
    /// A second node seeded with <paramref name="first"/>'s address, once both see two members up.
    /// Both on one PostgreSQL database: a node on SQLite refuses seeds (it is a cluster of its own).
    /// </summary>
    private static async Task<ClusterTestNode> JoinedToAsync(string db, ClusterTestNode first)
    {
        var second = await ClusterTestNode.StartAsync(db, "node-b", seed: first);
        await Poll.UntilAsync(
            () => AkkaOf.UpCount(first.App) == 2 && AkkaOf.UpCount(second.App) == 2,
            "both nodes seeing two members up",
            interval: TimeSpan.FromMilliseconds(50));
        return second;
    }

    [GeneratedRegex(@"^akka\.tcp://sloth@127\.0\.0\.1:\d+$")]
    private static partial Regex LoopbackAddress();
}
