using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using SlothActors.Node.Tests.Api;
using SlothActors.PostgresTesting;
using static SlothActors.Node.Tests.Cluster.ClusterTestNode;

namespace SlothActors.Node.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class ClusterMembershipTests(PostgresServerFixture server)
{
    [Fact]
    public async Task Two_nodes_list_each_other_up_and_reachable_and_the_older_one_leads()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a");
        await using var b = await StartAsync(db, "node-b", seed: a);

        var view = await EventuallyAsync(
            () => b.GetJsonAsync("/cluster"),
            v => v.GetProperty("leader").GetString() == "node-a" && v.GetProperty("members").GetArrayLength() == 2
                && v.GetProperty("members").EnumerateArray().All(m => m.GetProperty("status").GetString() == "up"),
            "both members up with node-a leading");

        view.GetProperty("self").GetString().ShouldBe("node-b");
        view.GetProperty("storage").GetString().ShouldBe("postgres");
        var members = view.GetProperty("members").EnumerateArray().ToList();
        members.Select(m => m.GetProperty("name").GetString()).ShouldBe(["node-a", "node-b"]);
        members[0].GetProperty("address").GetString().ShouldBe(a.Url);
        members[0].GetProperty("leader").GetBoolean().ShouldBeTrue();
        members[1].GetProperty("leader").GetBoolean().ShouldBeFalse();
        members[1].GetProperty("reachability").GetString().ShouldBe("reachable");
        members[1].GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["worker"]);
        members[1].GetProperty("version").GetString().ShouldBe("0.1.0");
        members[1].GetProperty("upSince").GetString()!.ShouldEndWith("Z");
    }

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
    public async Task A_live_node_that_is_downed_fences_itself_and_stops()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a");
        await using var b = await StartAsync(db, "node-b", seed: a);

        await a.PostJsonAsync("/cluster/down", """{"node": "node-b@127.0.0.1:1"}""", HttpStatusCode.OK);

        await EventuallyAsync(() => Task.FromResult(b.Stopping), stopping => stopping, "node-b stops once it sees itself down");
        b.Member.FencedReason.ShouldNotBeNull().ShouldContain("down");
    }

    [Fact]
    public async Task Down_refuses_this_node_and_removed_members_and_does_not_know_strangers()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a");

        (await a.PostJsonAsync("/cluster/down", """{"node": "node-a"}""", HttpStatusCode.Conflict))
            .GetProperty("detail").GetString()!.ShouldContain("use cluster leave");
        await a.PostJsonAsync("/cluster/down", """{"node": "nobody"}""", HttpStatusCode.NotFound);
        await a.PostJsonAsync("/cluster/leave", """{"node": "nobody"}""", HttpStatusCode.NotFound);
        await a.PostJsonAsync("/cluster/down", "{}", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Leave_drains_the_node_loses_no_event_and_ends_it_removed_without_fencing()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a");
        await using var b = await StartAsync(db, "node-b", seed: a);
        var work = "local hook = { name = \"busy\", event_type = \"leave.work\" }\nfunction hook.execute(event)\n  local x = 0\n  for i = 1, 200000 do x = x + i end\n  return true, tostring(x)\nend\nreturn hook\n";
        await a.PostJsonAsync("/hooks", JsonSerializer.Serialize(new { script = work }), HttpStatusCode.Created);
        await EventuallyAsync(() => Task.FromResult(b.Hooks.Current.ByName.ContainsKey("busy")), known => known, "node-b knows the hook");
        var batch = string.Join(",", Enumerable.Range(0, 100).Select(_ => """{"event_type": "leave.work", "data": {}}"""));
        await b.PostJsonAsync("/events/batch", $"[{batch}]", HttpStatusCode.Created);

        var reply = await a.PostJsonAsync("/cluster/leave", """{"node": "node-b"}""", HttpStatusCode.Accepted);
        reply.GetProperty("status").GetString().ShouldBe("leaving");
        await EventuallyAsync(() => Task.FromResult(b.Stopping), stopping => stopping, "node-b starts leaving");
        await b.App.WaitForShutdownAsync().WaitAsync(Deadline);

        b.Member.FencedReason.ShouldBeNull();
        await MemberAsync(a, "node-b", m => m.GetProperty("status").GetString() == "removed", "node-b ends removed");
        await EventuallyAsync(
            async () => (await a.GetJsonAsync("/events?event_type=leave.work&status=completed&limit=1000")).GetProperty("count").GetInt32(),
            completed => completed == 100,
            "every accepted event completed on one node or the other");
    }

    [Fact]
    public async Task A_restarted_node_rejoins_up_and_takes_back_only_its_own_leftover_events()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a");
        var others = await DeadMember.CreateAsync(db, a.Runtime.Journal, "node-other", 3);
        var own = await DeadMember.CreateAsync(db, a.Runtime.Journal, "node-b", 4);

        await using var b = await StartAsync(db, "node-b", seed: a);

        await MemberAsync(a, "node-b", m => m.GetProperty("status").GetString() == "up", "node-b is up again");
        await EventuallyAsync(() => DeadMember.AllCompletedAsync(a.Runtime.Journal, own), done => done, "node-b's leftovers were recovered");
        foreach (var id in others)
        {
            (await a.Runtime.Journal.GetEventAsync(id, CancellationToken.None))!.Status.ShouldBe(Events.EventStatus.Processing);
        }
    }
}
