using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Akka.Actor;
using SlothActors.Node.Cluster;
using SlothActors.Node.Tests.Remoting;
using SlothActors.PostgresTesting;
using SlothActors.TestKit;
using Xunit.Abstractions;
using static SlothActors.Node.Tests.Cluster.ClusterTestNode;

namespace SlothActors.Node.Tests.Cluster;

/// <summary>
/// A network partition, made with Akka's throttler transport adapter: node-c's remoting traffic
/// to and from the other two is dropped (a blackhole), while every node still reaches the database.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NetworkPartitionTests(PostgresServerFixture server, ITestOutputHelper output)
{
    private const string Type = "partition.work";
    // Each run of the hook takes a good part of a second on a 2-core machine, so node-c still holds
    // events when it is cut off and downed: they must complete on the majority side.
    private const int Events = 120;
    // The slow hook's runs left when node-c stops take the other two some 20 s alone, and longer
    // while the rest of the suite shares the 2 cores.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(150);

    private static readonly ClusterOptions Timings = FastTimings with { StableAfter = TimeSpan.FromSeconds(2) };

    [Fact]
    public async Task A_node_cut_off_from_the_other_two_is_downed_by_the_split_brain_resolver_stops_itself_and_loses_no_acknowledged_event()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a", Timings, RemotingCut.Throttle, seed: null);
        await using var b = await StartAsync(db, "node-b", Timings, RemotingCut.Throttle, seed: a);
        await using var c = await StartAsync(db, "node-c", Timings, RemotingCut.Throttle, seed: a);
        await EventuallyWithinAsync(() => UpMembers(a) == 3 && UpMembers(c) == 3, "three members up");

        var work = "local hook = { name = \"busy\", event_type = \"" + Type + "\" }\nfunction hook.execute(event)\n  local x = 0\n  for i = 1, 10000000 do x = x + i end\n  return true, tostring(x)\nend\nreturn hook\n";
        await a.PostJsonAsync("/hooks", JsonSerializer.Serialize(new { script = work }), HttpStatusCode.Created);
        await EventuallyWithinAsync(() => c.Hooks.Current.ByName.ContainsKey("busy"), "node-c knows the hook");
        var batch = string.Join(",", Enumerable.Range(0, Events).Select(i => $$"""{"event_id": "cut-{{i}}", "event_type": "{{Type}}"}"""));
        await c.PostJsonAsync("/events/batch", $"[{batch}]", HttpStatusCode.Created);

        await RemotingCut.BlackholeAsync(c, a);
        await RemotingCut.BlackholeAsync(c, b);

        var cut = Stopwatch.StartNew();
        await EventuallyWithinAsync(() => c.Stopping, "node-c, alone on its side, downs itself and stops");
        var downedAfter = cut.Elapsed;
        var doneWhenDowned = await CompletedAsync(a);
        var cSystem = System(c);
        await cSystem.WhenTerminated.WaitAsync(Deadline);
        CoordinatedShutdown.Get(cSystem).ShutdownReason.ShouldBeOfType<CoordinatedShutdown.ClusterDowningReason>();
        await EventuallyWithinAsync(() => UpMembers(a) == 2 && UpMembers(b) == 2 && !Contains(a, c), "node-a and node-b keep the cluster, without node-c");
        a.Stopping.ShouldBeFalse();
        b.Stopping.ShouldBeFalse();

        await Poll.ValueAsync(
            () => CompletedAsync(a), completed => completed == Events, "every event node-c acknowledged completed, there or on the majority side", Deadline, TimeSpan.FromMilliseconds(250));
        output.WriteLine($"node-c stopping {downedAfter.TotalSeconds:F1} s after the cut, with {doneWhenDowned} of {Events} events completed; all completed {cut.Elapsed.TotalSeconds:F1} s after the cut");
    }

    private static async Task<int> CompletedAsync(ClusterTestNode node) =>
        (await node.GetJsonAsync($"/events?event_type={Type}&status=completed&limit=1000")).GetProperty("count").GetInt32();

    private static ActorSystem System(ClusterTestNode node) => AkkaOf.System(node.App);

    private static int UpMembers(ClusterTestNode node) => AkkaOf.UpCount(node.App);

    private static bool Contains(ClusterTestNode node, ClusterTestNode other) =>
        AkkaOf.Cluster(node.App).State.Members.Any(m => m.Address.ToString() == other.AkkaAddress);

    private static Task EventuallyWithinAsync(Func<bool> condition, string what) => Poll.UntilAsync(condition, what, within: Deadline);
}
