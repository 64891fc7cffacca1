using System.Text.Json;
using Akka.Actor;
using Akka.Cluster;
using Akka.Cluster.Sharding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Commands.Agents;
using SlothActors.Journal.Queries;
using SlothActors.Node.Agents;
using SlothActors.Node.Commands;
using SlothActors.Node.Tests.Api;
using SlothActors.Node.Tests.Remoting;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Agents;

/// <summary>
/// A node on SQLite (a cluster of one) and an agent actor system started in-process by the same
/// code as <c>sloth agent run</c>, joining it over remoting on free ports.
/// </summary>
public sealed class AgentMembershipTests
{
    [Fact]
    public async Task An_agent_that_joins_is_listed_and_registered_once_and_leaving_disconnects_it()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();
        using var agent = await StartAgentAsync(node, "a1", ["linux", "web"]);
        var unique = Akka.Cluster.Cluster.Get(agent.Services.GetRequiredService<ActorSystem>()).SelfUniqueAddress;

        var listed = await Poll.ValueAsync(() => node.GetJsonAsync("/agents"), v => v.GetProperty("count").GetInt32() == 1 && StatusOf(v) == "up", "the agent listed up");
        var entry = listed.GetProperty("agents")[0];
        entry.GetProperty("name").GetString().ShouldBe("a1");
        entry.GetProperty("address").GetString().ShouldBe(unique.Address.ToString());
        entry.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["linux", "web"]);
        entry.GetProperty("version").GetString().ShouldNotBeNullOrEmpty();
        entry.GetProperty("last_seen").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1));
        var command = (AgentList)await node.App.Services.GetRequiredService<CommandHandlers>().HandleAsync(new ListAgents(), CancellationToken.None);
        command.Agents.ShouldHaveSingleItem().Tags.ShouldBe(["linux", "web"]);

        var registered = await JournaledAsync(node, $"agent.registered:{unique.Address}#{unique.Uid}");
        registered.Type.ShouldBe("agent.registered");
        using (var data = JsonDocument.Parse(registered.Data))
        {
            data.RootElement.GetProperty("agent").GetString().ShouldBe("a1");
            data.RootElement.GetProperty("address").GetString().ShouldBe(unique.Address.ToString());
            data.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["linux", "web"]);
        }

        // The host's stop runs CoordinatedShutdown, which leaves the cluster.
        await agent.StopAsync();

        (await JournaledAsync(node, $"agent.disconnected:{unique.Address}#{unique.Uid}")).Type.ShouldBe("agent.disconnected");
        await Poll.ValueAsync(() => node.GetJsonAsync("/agents"), v => v.GetProperty("count").GetInt32() == 0, "the agent gone from the list");
    }

    [Fact]
    public async Task An_agent_that_vanishes_is_listed_unreachable_seen_last_then_downed_and_disconnected()
    {
        // The Split Brain Resolver downs the unreachable agent 3 s after membership settles: long
        // enough to see it listed unreachable, short enough for a test.
        await using var node = new EngineNode(followHooks: false, configure: o => o with { Cluster = o.Cluster with { StableAfter = TimeSpan.FromSeconds(3) } });
        await node.InitializeAsync();
        using var agent = await StartAgentAsync(node, "a3", ["gpu"]);
        var system = (ExtendedActorSystem)agent.Services.GetRequiredService<ActorSystem>();
        var unique = Akka.Cluster.Cluster.Get(system).SelfUniqueAddress;
        await Poll.ValueAsync(() => node.GetJsonAsync("/agents"), v => v.GetProperty("count").GetInt32() == 1 && StatusOf(v) == "up", "the agent listed up");

        // A crash: no leave, the node only stops hearing from it.
        system.Abort();

        var failed = await JournaledAsync(node, $"agent.heartbeat_failed:{unique.Address}#{unique.Uid}");
        failed.Data.ShouldContain("\"gpu\"");
        var unreachable = await Poll.ValueAsync(() => node.GetJsonAsync("/agents"), v => StatusOf(v) == "unreachable", "the agent listed unreachable");
        var again = await node.GetJsonAsync("/agents");

        // Last seen stays when it became unreachable; a reachable agent's would be each read's now.
        var lastSeen = unreachable.GetProperty("agents")[0].GetProperty("last_seen").GetDateTimeOffset();
        // (Unless the resolver downed it between the two reads.)
        if (StatusOf(again) == "unreachable")
        {
            again.GetProperty("agents")[0].GetProperty("last_seen").GetDateTimeOffset().ShouldBe(lastSeen);
        }

        // The same clock reading, but the journal keeps timestamps to the microsecond and the reply
        // may carry more digits: equal up to that rounding.
        (lastSeen - failed.Timestamp).Duration().ShouldBeLessThan(TimeSpan.FromMilliseconds(1));
        var disconnected = await JournaledAsync(node, $"agent.disconnected:{unique.Address}#{unique.Uid}");
        disconnected.Timestamp.ShouldBeGreaterThanOrEqualTo(failed.Timestamp);
        await Poll.ValueAsync(() => node.GetJsonAsync("/agents"), v => v.GetProperty("count").GetInt32() == 0, "the downed agent gone from the list");
    }

    [Fact]
    public async Task An_agent_member_hosts_no_dispatcher_partition()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();
        using var agent = await StartAgentAsync(node, "a2", []);
        var agentAddress = Akka.Cluster.Cluster.Get(agent.Services.GetRequiredService<ActorSystem>()).SelfAddress;
        var nodeSystem = AkkaOf.System(node.App);
        await Poll.UntilAsync(() => AkkaOf.Cluster(node.App).State.Members.Any(m => m.Address.Equals(agentAddress) && m.Status == MemberStatus.Up), "the agent up");

        // The engine's partition region ("dispatch", PartitionRegion.TypeName, internal to the engine):
        // its coordinator knows every region that may host a partition.
        var region = ClusterSharding.Get(nodeSystem).ShardRegion("dispatch");
        var stats = await Poll.ValueAsync(
            () => region.Ask<ClusterShardingStats>(new GetClusterShardingStats(TimeSpan.FromSeconds(3)), TimeSpan.FromSeconds(5)),
            s => s.Regions.Values.Sum(r => r.Stats.Count) > 0,
            "the node's partitions allocated");

        stats.Regions.Keys.ShouldNotContain(agentAddress);
        stats.Regions.Keys.ShouldContain(AkkaOf.Cluster(node.App).SelfAddress);
    }

    private static async Task<IHost> StartAgentAsync(EngineNode node, string name, IReadOnlyList<string> tags)
    {
        var seed = AkkaOf.Cluster(node.App).SelfAddress.ToString();
        var agent = AgentHost.Build(new AgentOptions { Name = name, Tags = tags, Seeds = [seed] }, LogLevel.Warning);
        await agent.StartAsync();
        return agent;
    }

    private static string? StatusOf(JsonElement list) => list.GetProperty("agents")[0].GetProperty("status").GetString();

    private static Task<Events.Event> JournaledAsync(EngineNode node, string id)
    {
        var queries = node.App.Services.GetRequiredService<IEventQueries>();
        return Poll.ValueAsync(async () => (await queries.GetEventAsync(id, CancellationToken.None))!, e => e is not null, $"{id} in the journal");
    }
}
