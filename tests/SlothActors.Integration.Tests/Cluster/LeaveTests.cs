using Xunit.Abstractions;

namespace SlothActors.Integration.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class LeaveTests(ClusterOfThree cluster, ITestOutputHelper output)
{
    private const string Type = "cluster.leave";
    private const string Hook = "leave_counter";
    private const string RunKey = "leave-ran:";
    private const int MaxEvents = 30_000;
    private const int LeaveAfter = 1_500;

    [Fact]
    public async Task Cluster_leave_on_a_loaded_node_loses_nothing_and_its_process_exits_0()
    {
        await cluster.EnsureAllUpAsync();
        var (first, leaver) = (cluster.Names[0], cluster.Names[^1]);
        var leaverNode = cluster.Node(leaver);
        await cluster.AddHookAsync(first, ClusterHooks.Counting(Hook, Type, RunKey));
        await cluster.HookLiveEverywhereAsync(Hook, Type);
        await cluster.UntilHostingPartitionsAsync(leaver);
        var leaverCompleted = -await cluster.CompletedCountAsync(leaver);
        var producer = new RoundRobinProducer(cluster.Http, cluster.Names.Select(n => (n, cluster.Url(n))).ToList(), Type, "leave-");
        Processes.CommandResult? leave = null;

        // Posting goes on, round-robin over all three, until the leaving node has exited: its
        // batches are refused (503) or cannot connect from some point on and go to the others.
        using var stop = new CancellationTokenSource();
        var production = producer.RunAsync(MaxEvents, batchSize: 50, producers: 2,
            midway: (LeaveAfter, async () =>
            {
                // Events it ran itself: it hosted partitions, which its leave hands off.
                leaverCompleted += await cluster.CompletedCountAsync(leaver);
                leave = await cluster.SlothAsync(first, "cluster", "leave", leaver);
            }
        ), stop.Token);
        var exitCode = await leaverNode.WaitForExitAsync(ClusterNodes.Deadline);
        await stop.CancelAsync();
        await production;

        exitCode.ShouldBe(0, leaverNode.Log);
        leave.ShouldNotBeNull();
        leave.ExitCode.ShouldBe(0, leave.ToString());
        leave.Out.ShouldContain("leaving");
        // Akka.Cluster forgets a removed member: it is gone from the view.
        await cluster.UntilAsync($"{leaver} removed", async () => (await cluster.ViewAsync(first)).Member(leaver) is null, Type);
        var acceptedByLeaver = producer.AcceptedByNode(leaver).ToList();
        acceptedByLeaver.ShouldNotBeEmpty("the leaving node was under load");
        leaverCompleted.ShouldBeGreaterThan(0, "the leaving node ran events of the run: it hosted partitions to hand off");
        producer.Redirected.ShouldBeGreaterThan(0, "batches meant for the leaving node once it stopped accepting");
        await cluster.ShouldAllCompleteAsync(acceptedByLeaver, Type, "events the leaving node acknowledged");
        await cluster.ShouldAllCompleteAsync(producer.AcceptedBy.Keys, Type, "acknowledged events");
        var runs = await cluster.Journal.RunCountsAsync(RunKey);
        producer.AcceptedBy.Keys.Where(id => runs.GetValueOrDefault(id) < 1).ShouldBeEmpty("acknowledged events whose hook never ran");
        producer.AcceptedBy.Keys.Where(id => runs[id] >= 2).ShouldBeEmpty("a leave hands the partitions off once their events ran: none runs twice");
        output.WriteLine(
            $"{producer.Acknowledged} events, {leaver} asked to leave after {LeaveAfter} acknowledged; it acknowledged {acceptedByLeaver.Count} and ran {leaverCompleted:F0}; " +
            $"{producer.Redirected} batches went to another node; the hook ran twice for {producer.AcceptedBy.Keys.Count(id => runs[id] >= 2)} events.");
    }
}
