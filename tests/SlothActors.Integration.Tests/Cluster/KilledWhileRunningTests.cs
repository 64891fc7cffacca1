namespace SlothActors.Integration.Tests.Cluster;

[Collection(SecondClusterCollection.Name)]
public sealed class KilledWhileRunningTests(SecondClusterOfThree cluster)
{
    private const string Type = "cluster.autodown";
    private const string Hook = "autodown_gated";
    private const int Events = 600;

    [Fact]
    public async Task A_node_killed_while_running_hooks_is_downed_without_an_operator_and_the_events_it_was_running_complete_on_the_others()
    {
        await cluster.EnsureAllUpAsync();
        var (first, victim) = (cluster.Names[0], cluster.Names[^1]);
        await using var gate = await HookGate.StartAsync();
        await cluster.AddHookAsync(first, ClusterHooks.Gated(Hook, Type, gate.Url));
        await cluster.HookLiveEverywhereAsync(Hook, Type);

        // While the gate is shut every run of the hook waits, so each node holds running events:
        // each node runs the events of its own partitions. The gate knows which node runs which.
        gate.Close();
        var producer = new RoundRobinProducer(cluster.Http, cluster.Names.Select(n => (n, cluster.Url(n))).ToList(), Type, "autodown-");
        await producer.RunAsync(Events, batchSize: 50, producers: 3);
        await cluster.UntilAsync($"{victim} running hooks", () => Task.FromResult(gate.WaitingOn(victim).Count > 0), Type);
        var held = gate.WaitingOn(victim);
        await cluster.KillAsync(victim);
        gate.Open();

        held.ShouldNotBeEmpty();
        await cluster.UntilAsync($"{victim} downed and removed by the Split Brain Resolver", async () => await cluster.AkkaMemberCountAsync(first) == ClusterNodes.Size - 1, Type);
        await cluster.ShouldAllCompleteAsync(held, Type, "events the killed node was running");
        await cluster.ShouldAllCompleteAsync(producer.AcceptedBy.Keys, Type, "acknowledged events");
        var ran = await cluster.Journal.RanHookAsync(Type, Hook);
        held.Except(ran).ShouldBeEmpty("events the killed node was running whose hook never ran to the end elsewhere");
    }
}
