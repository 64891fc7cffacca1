namespace SlothActors.Integration.Tests.Cluster;

[Collection(AutoDownClusterCollection.Name)]
public sealed class AutoDownTests(AutoDownClusterOfThree cluster)
{
    private const string Type = "cluster.autodown";
    private const string Hook = "autodown_gated";
    private const int Events = 600;

    [Fact]
    public async Task A_killed_node_is_downed_by_the_leader_without_an_operator_and_the_events_it_held_complete_on_the_others()
    {
        await cluster.EnsureAllUpAsync();
        var (first, victim) = (cluster.Names[0], cluster.Names[^1]);
        await using var gate = await HookGate.StartAsync();
        await cluster.AddHookAsync(first, ClusterHooks.Gated(Hook, Type, gate.Url));
        await cluster.HookLiveEverywhereAsync(Hook, Type);

        // While the gate is shut every run of the hook waits, so the victim is sure to die holding events.
        gate.Close();
        var producer = new RoundRobinProducer(cluster.Http, cluster.Names.Select(n => (n, cluster.Url(n))).ToList(), Type, "autodown-");
        await producer.RunAsync(Events, batchSize: 50, producers: 3);
        await cluster.UntilAsync($"{victim} processing events", async () => (await cluster.Journal.HeldByAsync(Type, victim)).Count > 0, Type);
        await cluster.KillAsync(victim);
        var held = await cluster.Journal.HeldByAsync(Type, victim);
        gate.Open();

        held.ShouldNotBeEmpty();
        await cluster.UntilAsync($"the leader downing {victim}", async () => await cluster.Journal.MemberStatusAsync(victim) == "down", Type);
        await cluster.ShouldAllCompleteAsync(held, Type, "events the killed node held");
        await cluster.ShouldAllCompleteAsync(producer.AcceptedBy.Keys, Type, "acknowledged events");
        var ran = await cluster.Journal.RanHookAsync(Type, Hook);
        held.Except(ran).ShouldBeEmpty("events the killed node held whose hook never ran to the end elsewhere");
    }
}
