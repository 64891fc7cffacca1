using System.Net;
using System.Text.Json;
using Akka.Actor;
using SlothActors.Node.Cluster;
using SlothActors.Node.Tests.Remoting;
using SlothActors.PostgresTesting;
using SlothActors.TestKit;
using static SlothActors.Node.Tests.Cluster.ClusterTestNode;

namespace SlothActors.Node.Tests.Cluster;

/// <summary>
/// <c>GET /cluster</c> and <c>POST /cluster/leave|down|down-unreachable</c> on Akka.Cluster: in-process
/// nodes on one PostgreSQL database, seeded into one Akka cluster, each naming members by node
/// name (resolved through the member name book) or by address.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AkkaMembershipEndpointTests(PostgresServerFixture server)
{
    // The Split Brain Resolver would down one side of a two-node cut on its own; these tests down by hand.
    private static readonly ClusterOptions NoResolverInTime = FastTimings with { StableAfter = TimeSpan.FromMinutes(5) };
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Two_nodes_list_each_other_up_by_akka_address_and_node_name_with_one_leader_and_self_marked()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a");
        await using var b = await StartAsync(db, "node-b", seed: a);

        var view = await EventuallyAsync(
            () => b.GetJsonAsync("/cluster"),
            v => v.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()).Order().SequenceEqual(["node-a", "node-b"])
                && v.GetProperty("members").EnumerateArray().All(m => m.GetProperty("status").GetString() == "up"),
            "both members up, each known by its node name");

        view.GetProperty("self").GetString().ShouldBe(b.AkkaAddress);
        view.GetProperty("name").GetString().ShouldBe("node-b");
        view.GetProperty("status").GetString().ShouldBe("up");
        view.GetProperty("storage").GetString().ShouldBe("postgres");
        var members = view.GetProperty("members").EnumerateArray().ToList();
        members.Select(m => m.GetProperty("address").GetString()).Order(StringComparer.Ordinal).ShouldBe(new[] { a.AkkaAddress, b.AkkaAddress }.Order(StringComparer.Ordinal));
        members.Single(m => m.GetProperty("leader").GetBoolean()).GetProperty("address").GetString().ShouldBe(view.GetProperty("leader").GetString());
        members.Single(m => m.GetProperty("self").GetBoolean()).GetProperty("name").GetString().ShouldBe("node-b");
        members.ShouldAllBe(m => m.GetProperty("reachability").GetString() == "reachable");
        members[0].GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["worker"]);
        members[0].GetProperty("version").GetString().ShouldBe("0.1.0");
    }

    [Fact]
    public async Task Downing_by_name_a_member_cut_off_the_network_removes_it()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a", NoResolverInTime, RemotingCut.Throttle);
        await using var c = await StartAsync(db, "node-c", NoResolverInTime, RemotingCut.Throttle, seed: a);
        await AkkaMemberAsync(a, "node-c", m => m.GetProperty("status").GetString() == "up", "node-a knows node-c by name");
        await RemotingCut.BlackholeAsync(a, c);
        await AkkaMemberAsync(a, "node-c", m => m.GetProperty("reachability").GetString() == "unreachable", "node-c unreachable from node-a");

        var reply = await a.PostJsonAsync("/cluster/down", """{"node": "node-c"}""", HttpStatusCode.OK);

        reply.GetProperty("node").GetString().ShouldBe("node-c");
        reply.GetProperty("address").GetString().ShouldBe(c.AkkaAddress);
        reply.GetProperty("status").GetString().ShouldBe("down");
        reply.TryGetProperty("released", out _).ShouldBeFalse("nothing is claimed from the read model: its partitions move instead");
        await Poll.UntilAsync(() => !Has(a, c), "node-a's cluster without node-c", within: Deadline);
    }

    [Fact]
    public async Task Down_unreachable_downs_every_member_this_node_sees_unreachable_and_names_each()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a", NoResolverInTime, RemotingCut.Throttle);
        await using var c = await StartAsync(db, "node-c", NoResolverInTime, RemotingCut.Throttle, seed: a);
        await AkkaMemberAsync(a, "node-c", m => m.GetProperty("status").GetString() == "up", "node-a knows node-c by name");
        (await a.PostJsonAsync("/cluster/down-unreachable", "{}", HttpStatusCode.OK)).GetProperty("downed").GetArrayLength().ShouldBe(0, "nobody is unreachable yet");
        await RemotingCut.BlackholeAsync(a, c);
        await AkkaMemberAsync(a, "node-c", m => m.GetProperty("reachability").GetString() == "unreachable", "node-c unreachable from node-a");

        var reply = await a.PostJsonAsync("/cluster/down-unreachable", "{}", HttpStatusCode.OK);

        var downed = reply.GetProperty("downed").EnumerateArray().ShouldHaveSingleItem();
        downed.GetProperty("node").GetString().ShouldBe("node-c");
        downed.GetProperty("address").GetString().ShouldBe(c.AkkaAddress);
        downed.GetProperty("status").GetString().ShouldBe("down");
        await Poll.UntilAsync(() => !Has(a, c), "node-a's cluster without node-c", within: Deadline);
        (await a.PostJsonAsync("/cluster/down-unreachable", "{}", HttpStatusCode.OK)).GetProperty("downed").GetArrayLength().ShouldBe(0, "node-c is down already");
    }

    [Fact]
    public async Task A_live_member_downed_by_its_host_and_port_shuts_itself_down_as_downed()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a");
        await using var b = await StartAsync(db, "node-b", seed: a);
        await EventuallyAsync(() => Task.FromResult(AkkaOf.UpCount(a.App)), up => up == 2, "both members up");
        var hostPort = b.AkkaAddress.Split('@')[1];

        var reply = await a.PostJsonAsync("/cluster/down", $$"""{"node": "{{hostPort}}"}""", HttpStatusCode.OK);

        reply.GetProperty("address").GetString().ShouldBe(b.AkkaAddress);
        var system = AkkaOf.System(b.App);
        await system.WhenTerminated.WaitAsync(Deadline);
        CoordinatedShutdown.Get(system).ShutdownReason.ShouldBeOfType<CoordinatedShutdown.ClusterDowningReason>("the reason NodeHost turns into exit code 1");
        await Poll.UntilAsync(() => !Has(a, b), "node-a's cluster without node-b", within: Deadline);
    }

    [Fact]
    public async Task Down_and_leave_refuse_this_node_bad_input_and_strangers_naming_them()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a");
        await EventuallyAsync(() => Task.FromResult(AkkaOf.UpCount(a.App)), up => up == 1, "node-a up");

        (await a.PostJsonAsync("/cluster/down", """{"node": "node-a"}""", HttpStatusCode.Conflict))
            .GetProperty("detail").GetString()!.ShouldContain("use cluster leave");
        (await a.PostJsonAsync("/cluster/down", """{"node": "nobody"}""", HttpStatusCode.NotFound))
            .GetProperty("detail").GetString()!.ShouldContain("no member 'nobody'");
        (await a.PostJsonAsync("/cluster/leave", """{"node": "akka.tcp://sloth@127.0.0.1:1"}""", HttpStatusCode.NotFound))
            .GetProperty("detail").GetString()!.ShouldContain("no member 'akka.tcp://sloth@127.0.0.1:1'");
        (await a.PostJsonAsync("/cluster/down", """{"node": "Node A"}""", HttpStatusCode.UnprocessableEntity))
            .GetProperty("detail").GetString()!.ShouldContain("'Node A' is not a member");
        (await a.PostJsonAsync("/cluster/down", """{"node": "http://127.0.0.1:8101"}""", HttpStatusCode.UnprocessableEntity))
            .GetProperty("field").GetString().ShouldBe("node");
        await a.PostJsonAsync("/cluster/down", "{}", HttpStatusCode.BadRequest);
        await a.PostJsonAsync("/cluster/down", "[1]", HttpStatusCode.BadRequest);
        using var huge = await a.PostAsync("/cluster/down", JsonSerializer.Serialize(new { node = new string('a', 5000) }));
        huge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        a.Stopping.ShouldBeFalse("a refused command changes nothing");
    }

    [Fact]
    public async Task Leave_by_name_drains_the_member_loses_no_event_and_it_shuts_down_as_leaving()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a");
        await using var b = await StartAsync(db, "node-b", seed: a);
        var work = "local hook = { name = \"busy\", event_type = \"leave.work\" }\nfunction hook.execute(event)\n  local x = 0\n  for i = 1, 200000 do x = x + i end\n  return true, tostring(x)\nend\nreturn hook\n";
        await a.PostJsonAsync("/hooks", JsonSerializer.Serialize(new { script = work }), HttpStatusCode.Created);
        await EventuallyAsync(() => Task.FromResult(b.Hooks.Current.ByName.ContainsKey("busy")), known => known, "node-b knows the hook");
        await AkkaMemberAsync(a, "node-b", m => m.GetProperty("status").GetString() == "up", "node-a knows node-b by name");
        var batch = string.Join(",", Enumerable.Range(0, 100).Select(_ => """{"event_type": "leave.work", "data": {}}"""));
        await b.PostJsonAsync("/events/batch", $"[{batch}]", HttpStatusCode.Created);

        var reply = await a.PostJsonAsync("/cluster/leave", """{"node": "node-b"}""", HttpStatusCode.Accepted);

        reply.GetProperty("status").GetString().ShouldBe("leaving");
        reply.GetProperty("address").GetString().ShouldBe(b.AkkaAddress);
        var system = AkkaOf.System(b.App);
        await system.WhenTerminated.WaitAsync(Deadline);
        CoordinatedShutdown.Get(system).ShutdownReason.ShouldBeOfType<CoordinatedShutdown.ClusterLeavingReason>("the reason NodeHost ends with exit code 0");
        await Poll.UntilAsync(() => !Has(a, b), "node-a's cluster without node-b", within: Deadline);
        await Poll.ValueAsync(
            async () => (await a.GetJsonAsync("/events?event_type=leave.work&status=completed&limit=1000")).GetProperty("count").GetInt32(),
            completed => completed == 100,
            "every accepted event completed on one node or the other",
            Deadline,
            TimeSpan.FromMilliseconds(250));
    }

    private static bool Has(ClusterTestNode asked, ClusterTestNode member) =>
        AkkaOf.Cluster(asked.App).State.Members.Any(m => m.Address.ToString() == member.AkkaAddress);
}
