using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SlothActors.Node.Cluster;
using SlothActors.Node.Tests.Api;

namespace SlothActors.Node.Tests.Cluster;

/// <summary>A node on SQLite answers the cluster API as a cluster of one.</summary>
public sealed class SingleNodeClusterTests
{
    [Fact]
    public async Task Cluster_on_sqlite_lists_this_node_alone_up_reachable_and_leading()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();

        var view = await node.GetJsonAsync("/cluster");

        view.GetProperty("storage").GetString().ShouldBe("sqlite");
        var self = view.GetProperty("self").GetString();
        view.GetProperty("leader").GetString().ShouldBe(self);
        var member = view.GetProperty("members").EnumerateArray().ShouldHaveSingleItem();
        member.GetProperty("name").GetString().ShouldBe(self);
        member.GetProperty("status").GetString().ShouldBe("up");
        member.GetProperty("reachability").GetString().ShouldBe("reachable");
        member.GetProperty("leader").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Leave_and_down_on_sqlite_are_conflicts_that_say_to_stop_the_node_instead()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();

        using var leave = await node.PostAsync("/cluster/leave", "{}");
        (await node.JsonAsync(leave, HttpStatusCode.Conflict)).GetProperty("detail").GetString().ShouldBe(SingleNodeMembership.NoCluster);
        using var down = await node.PostAsync("/cluster/down", """{"node": "node-2"}""");
        (await node.JsonAsync(down, HttpStatusCode.Conflict)).GetProperty("detail").GetString().ShouldBe(SingleNodeMembership.NoCluster);
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
