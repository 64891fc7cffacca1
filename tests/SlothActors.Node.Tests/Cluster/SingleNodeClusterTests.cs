using System.Net;
using Akka.Actor;
using Microsoft.Extensions.DependencyInjection;
using SlothActors.Node.Cluster;
using SlothActors.Node.Tests.Api;
using SlothActors.Node.Tests.Remoting;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Cluster;

/// <summary>A node on SQLite answers the cluster API as an Akka cluster of one.</summary>
public sealed class SingleNodeClusterTests
{
    [Fact]
    public async Task Cluster_on_sqlite_lists_this_node_alone_up_reachable_leading_and_self()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();

        var view = await Poll.ValueAsync(() => node.GetJsonAsync("/cluster"), v => v.GetProperty("status").GetString() == "up", "the node up");

        view.GetProperty("storage").GetString().ShouldBe("sqlite");
        var self = view.GetProperty("self").GetString();
        self.ShouldBe(AkkaOf.Cluster(node.App).SelfAddress.ToString());
        view.GetProperty("leader").GetString().ShouldBe(self);
        var member = view.GetProperty("members").EnumerateArray().ShouldHaveSingleItem();
        member.GetProperty("address").GetString().ShouldBe(self);
        member.GetProperty("name").GetString().ShouldBe(view.GetProperty("name").GetString());
        member.GetProperty("name").GetString().ShouldNotBeNullOrEmpty();
        member.GetProperty("status").GetString().ShouldBe("up");
        member.GetProperty("reachability").GetString().ShouldBe("reachable");
        member.GetProperty("leader").GetBoolean().ShouldBeTrue();
        member.GetProperty("self").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Down_on_sqlite_refuses_the_one_member_and_knows_no_other()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();
        var name = (await Poll.ValueAsync(() => node.GetJsonAsync("/cluster"), v => v.GetProperty("status").GetString() == "up", "the node up")).GetProperty("name").GetString();

        using var self = await node.PostAsync("/cluster/down", $$"""{"node": "{{name}}"}""");
        (await node.JsonAsync(self, HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("use cluster leave");
        using var other = await node.PostAsync("/cluster/down", """{"node": "node-2"}""");
        (await node.JsonAsync(other, HttpStatusCode.NotFound)).GetProperty("detail").GetString()!.ShouldContain("no member 'node-2'");
        (await node.GetJsonAsync("/cluster")).GetProperty("status").GetString().ShouldBe("up");
    }

    [Fact]
    public async Task Leave_on_sqlite_takes_the_cluster_of_one_down_as_a_leave_so_the_node_exits_0()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();
        await Poll.ValueAsync(() => node.GetJsonAsync("/cluster"), v => v.GetProperty("status").GetString() == "up", "the node up");

        using var leave = await node.PostAsync("/cluster/leave", "{}");

        (await node.JsonAsync(leave, HttpStatusCode.Accepted)).GetProperty("status").GetString().ShouldBe("leaving");
        var system = AkkaOf.System(node.App);
        await system.WhenTerminated.WaitAsync(TimeSpan.FromSeconds(60));
        CoordinatedShutdown.Get(system).ShutdownReason.ShouldBeOfType<CoordinatedShutdown.ClusterLeavingReason>();
    }

    [Fact]
    public async Task A_leaving_node_refuses_new_events_with_a_503_problem_that_says_so()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();

        node.App.Services.GetRequiredService<LeavingGate>().Leave();

        using var response = await node.PostAsync("/events", """{"event_type": "too.late", "data": {}}""");
        var problem = await node.JsonAsync(response, HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("detail").GetString()!.ShouldContain("node is leaving the cluster");
    }

    [Fact]
    public async Task Health_shows_the_nodes_name_and_cluster_status()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();

        var health = (await node.GetJsonAsync("/health")).GetProperty("node");

        health.GetProperty("cluster_status").GetString().ShouldBe("up");
        health.GetProperty("leader").GetBoolean().ShouldBeTrue();
        health.GetProperty("name").GetString().ShouldNotBeNullOrEmpty();
    }
}
