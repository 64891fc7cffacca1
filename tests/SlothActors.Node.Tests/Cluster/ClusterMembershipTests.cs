using System.Net;
using System.Text.Json;
using SlothActors.Node.Tests.Api;
using SlothActors.PostgresTesting;
using static SlothActors.Node.Tests.Cluster.ClusterTestNode;

namespace SlothActors.Node.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class ClusterMembershipTests(PostgresServerFixture server)
{
    [Fact]
    public async Task A_hook_added_through_one_node_runs_for_an_event_accepted_by_another()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a");
        await using var b = await StartAsync(db, "node-b", seed: a);

        var script = EngineNode.Hook("shared-hook", "cluster.shared");
        await a.PostJsonAsync("/hooks", JsonSerializer.Serialize(new { script }), HttpStatusCode.Created);
        await EventuallyAsync(() => Task.FromResult(b.Hooks.Current.ByName.ContainsKey("shared-hook")), known => known, "node-b heard of the hook");
        var id = await b.DispatchAsync("cluster.shared");

        var executions = await EventuallyAsync(
            () => b.GetJsonAsync($"/events/{id}/executions"),
            x => x.GetProperty("count").GetInt32() > 0,
            "the hook ran for the event");
        executions.GetProperty("executions")[0].GetProperty("hook_name").GetString().ShouldBe("shared-hook");
    }

    [Fact]
    public async Task A_restarted_node_rejoins_up_and_runs_only_its_own_leftover_processing_rows()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a");
        var others = await LeftoverEvents.HoldAsync(a.Runtime.Journal, "node-other", 3);
        var own = await LeftoverEvents.HoldAsync(a.Runtime.Journal, "node-b", 4);

        await using var b = await StartAsync(db, "node-b", seed: a);

        // node-b returns its own rows to pending at start; the start-up sweep of whichever node
        // owns their partitions takes them in and runs them. The other node's rows are its own.
        await AkkaMemberAsync(a, "node-b", m => m.GetProperty("status").GetString() == "up", "node-b is up in the Akka cluster");
        await EventuallyAsync(() => LeftoverEvents.AllCompletedAsync(a.Runtime.Journal, own), done => done, "node-b's leftovers were recovered");
        foreach (var id in others)
        {
            (await a.Runtime.Journal.GetEventAsync(id, CancellationToken.None))!.Status.ShouldBe(Events.EventStatus.Processing);
        }
    }
}
