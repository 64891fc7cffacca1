using System.Diagnostics;
using Xunit.Abstractions;

namespace SlothActors.Integration.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class FailoverTests(ClusterOfThree cluster, ITestOutputHelper output)
{
    private const string Type = "cluster.failover";
    private const string Hook = "failover_counter";
    private const string RunKey = "failover-ran:";
    private const int Events = 30_000;
    private const int KillAfter = 10_000;
    private const int BatchSize = 250;

    [Fact]
    public async Task Every_acknowledged_event_of_30000_completes_on_the_survivors_after_a_node_is_killed_without_an_operator()
    {
        await cluster.EnsureAllUpAsync();
        var (survivor, victim) = (cluster.Names[0], cluster.Names[1]);
        await cluster.AddHookAsync(survivor, ClusterHooks.Counting(Hook, Type, RunKey));
        await cluster.HookLiveEverywhereAsync(Hook, Type);
        await cluster.UntilHostingPartitionsAsync(victim);
        var producer = new RoundRobinProducer(cluster.Http, cluster.Names.Select(n => (n, cluster.Url(n))).ToList(), Type, "failover-");
        var sinceKill = new Stopwatch();
        Task<TimeSpan>? acknowledgedBeforeDone = null;
        var victimCompleted = -await cluster.CompletedCountAsync(victim);

        await producer.RunAsync(Events, BatchSize, producers: 3, midway: (KillAfter, async () =>
        {
            // The failover proper: how long until every event acknowledged before the kill is
            // complete, while the producers keep posting the rest.
            var acknowledgedBefore = producer.AcceptedBy.Keys.ToHashSet(StringComparer.Ordinal);

            // Events it ran itself, so the partitions it hosted (Sharding spreads them over a minute or so after the cluster forms).
            victimCompleted += await cluster.CompletedCountAsync(victim);
            await cluster.KillAsync(victim);
            sinceKill.Start();
            acknowledgedBeforeDone = Task.Run(async () =>
            {
                await cluster.UntilAsync(
                    "the events acknowledged before the kill completing",
                    async () => (await cluster.Journal.IdsAsync(Type, "completed")).IsSupersetOf(acknowledgedBefore),
                    Type);
                return sinceKill.Elapsed;
            });
        }
        ));

        var productionEnded = sinceKill.Elapsed;
        var failover = await acknowledgedBeforeDone.ShouldNotBeNull();
        producer.Acknowledged.ShouldBe(Events, "every batch is taken by some live node");
        victimCompleted.ShouldBeGreaterThan(0, $"{victim} ran events of this run before the kill: it hosted partitions");
        await cluster.ShouldAllCompleteAsync(producer.AcceptedBy.Keys, Type, "acknowledged events");
        var lastCompletion = sinceKill.Elapsed;
        var runs = await cluster.Journal.RunCountsAsync(RunKey);
        producer.AcceptedBy.Keys.Where(id => runs.GetValueOrDefault(id) < 1).ShouldBeEmpty("acknowledged events whose hook never ran");
        var twice = producer.AcceptedBy.Keys.Count(id => runs[id] >= 2);
        output.WriteLine(
            $"{Events} events, {victim} killed (SIGKILL) after {KillAfter} acknowledged; {producer.AcceptedByNode(victim).Count()} were acknowledged by it and it had completed {victimCompleted:F0}, " +
            $"{producer.Redirected} batches went to another node; every event acknowledged before the kill was complete {failover.TotalSeconds:F1} s after it; " +
            $"the last of the {Events - KillAfter} later events was acknowledged {productionEnded.TotalSeconds:F1} s after the kill, " +
            $"and the last event completed {lastCompletion.TotalSeconds:F1} s after it " +
            $"(stable-after {ClusterTimings.Fast.StableAfter.TotalSeconds:F0} s); the hook ran twice for {twice} events (at-least-once).");

        // Akka.Cluster removes a downed member: the survivors list the other two.
        await cluster.UntilAsync($"{victim} removed", async () => (await cluster.ViewAsync(survivor)).Member(victim) is null, Type);
        var show = await cluster.SlothAsync(survivor, "cluster", "show");
        show.ExitCode.ShouldBe(0, show.ToString());
        show.Out.ShouldContain($"Count: {ClusterNodes.Size - 1} nodes");
    }
}
