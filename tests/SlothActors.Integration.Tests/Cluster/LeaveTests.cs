using Xunit.Abstractions;

namespace SlothActors.Integration.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class LeaveTests(ClusterOfThree cluster, ITestOutputHelper output)
{
    private const string Type = "cluster.leave";
    private const string Hook = "leave_counter";
    private const string RunKey = "leave-ran:";
    private const int Events = 6_000;
    private const int LeaveAfter = 1_500;

    [Fact]
    public async Task Cluster_leave_on_a_loaded_node_loses_nothing_and_its_process_exits_0()
    {
        await cluster.EnsureAllUpAsync();
        var (first, leaver) = (cluster.Names[0], cluster.Names[^1]);
        var leaverNode = cluster.Node(leaver);
        await cluster.AddHookAsync(first, ClusterHooks.Counting(Hook, Type, RunKey));
        await cluster.HookLiveEverywhereAsync(Hook, Type);
        var producer = new RoundRobinProducer(cluster.Http, cluster.Names.Select(n => (n, cluster.Url(n))).ToList(), Type, "leave-");
        Processes.CommandResult? leave = null;

        await producer.RunAsync(Events, batchSize: 100, producers: 3, midway: (LeaveAfter, async () => leave = await cluster.SlothAsync(first, "cluster", "leave", leaver)));

        leave.ShouldNotBeNull();
        leave.ExitCode.ShouldBe(0, leave.ToString());
        leave.Out.ShouldContain("leaving");
        (await leaverNode.WaitForExitAsync(ClusterNodes.Deadline)).ShouldBe(0, leaverNode.Log);
        var acceptedByLeaver = producer.AcceptedByNode(leaver).ToList();
        acceptedByLeaver.ShouldNotBeEmpty("the leaving node was under load");
        (await cluster.ViewAsync(first)).Member(leaver)!.Status.ShouldBe("removed");

        await cluster.UntilAsync("every event finishing", () => cluster.Journal.AllFinishedAsync(Type), Type);
        var completed = await cluster.Journal.IdsAsync(Type, "completed");
        acceptedByLeaver.Except(completed).ShouldBeEmpty("events the leaving node acknowledged that did not complete");
        producer.AcceptedBy.Keys.Except(completed).ShouldBeEmpty("acknowledged events that did not complete");
        var runs = await cluster.Journal.RunCountsAsync(RunKey);
        producer.AcceptedBy.Keys.Where(id => runs.GetValueOrDefault(id) < 1).ShouldBeEmpty("acknowledged events whose hook never ran");
        output.WriteLine(
            $"{Events} events, {leaver} left after {LeaveAfter} acknowledged; it acknowledged {acceptedByLeaver.Count}; " +
            $"{producer.Redirected} batches went to another node; the hook ran twice for {producer.AcceptedBy.Keys.Count(id => runs[id] >= 2)} events.");
    }
}
