using Akka.Actor;
using Akka.Cluster.Sharding;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Ingress;
using SlothActors.Engine.Partitions;
using SlothActors.Engine.Tests.Support;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Sqlite;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests;

/// <summary>The dispatcher partitions run as Cluster Sharding entities on the engine's cluster member.</summary>
public sealed class ShardedPartitionsTests : EngineTestKit
{
    private static readonly HookDefinition[] AnyEvent = [TestEvents.Hook("watch-all", ["*"])];

    private static List<Event> OfPartition(int partition, int partitions, string prefix, int count) =>
        Enumerable.Range(0, int.MaxValue)
            .Select(i => $"{prefix}-{i}")
            .Where(id => PartitionOf.Id(id, partitions) == partition)
            .Take(count)
            .Select(id => TestEvents.Of("task.completed", id: id))
            .ToList();

    [Fact]
    public async Task Each_partition_is_the_one_entity_of_its_own_shard_in_the_dispatch_region()
    {
        var runner = new RecordingRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, EngineHarness.TestOptions().WithPartitions(5));
        var events = TestEvents.Many(50);
        await harness.AcceptAsync(events);
        await harness.WaitUntilFinishedAsync(events.Count, TimeSpan.FromSeconds(30));

        var region = ClusterSharding.Get(Sys).ShardRegion("dispatch");
        var state = await region.Ask<CurrentShardRegionState>(GetShardRegionState.Instance, TimeSpan.FromSeconds(10));

        state.Shards.Select(shard => shard.ShardId).Order().ShouldBe(["0", "1", "2", "3", "4"]);
        foreach (var shard in state.Shards)
        {
            shard.EntityIds.ShouldBe([shard.ShardId], $"shard {shard.ShardId} holds its partition alone");
        }
    }

    [Fact]
    public async Task A_partition_asked_to_attach_by_another_dispatcher_restarts_for_it_and_the_engine_keeps_its_events_flowing()
    {
        var runner = new RecordingRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, EngineHarness.TestOptions().WithPartitions(2));
        var before = OfPartition(0, 2, "before", 20);
        await harness.AcceptAsync(before);
        await harness.WaitUntilFinishedAsync(before.Count, TimeSpan.FromSeconds(30));

        // A second dispatcher: the partition does not answer it; it stops, to recover again.
        var partition = await Sys.ActorSelection("/system/sharding/dispatch/0/0").ResolveOne(TimeSpan.FromSeconds(5));
        var stranger = CreateTestProbe();
        stranger.Watch(partition);
        ClusterSharding.Get(Sys).ShardRegion("dispatch").Tell(PartitionMessageExtractor.To(0, AttachPartition.Instance), stranger);
        stranger.ExpectTerminated(partition, TimeSpan.FromSeconds(10));
        stranger.ExpectNoMsg(TimeSpan.FromMilliseconds(300));

        // The engine's own dispatcher saw it stop and attaches the new incarnation a second
        // later; until then its parts fail, and a producer retries with the same ids.
        var after = OfPartition(0, 2, "after", 20);
        await Poll.UntilAsync(
            async () =>
            {
                try
                {
                    await harness.AcceptAsync(after);
                    return true;
                }
                catch (EngineUnavailableException)
                {
                    return false;
                }
            },
            "the events accepted once the partition is attached again",
            interval: TimeSpan.FromMilliseconds(100));
        await harness.WaitUntilFinishedAsync(before.Count + after.Count, TimeSpan.FromSeconds(30));
        runner.Runs.Count.ShouldBe(before.Count + after.Count, "each event ran once, none again after the partition's second recovery");
    }

    [Fact]
    public async Task An_engine_on_an_actor_system_that_is_no_cluster_member_refuses_to_start_and_says_why()
    {
        using var directory = new TempDirectory("sloth-local");
        await using var journal = await SqliteJournal.OpenAsync(new SqliteJournalOptions(directory.Path).WithSecretKey(EngineHarness.Key), CancellationToken.None);
        using var local = ActorSystem.Create("local");
        var host = new EngineHost(journal, new RecordingRunner(), EngineHarness.TestOptions(), local);

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => host.StartAsync(CancellationToken.None));

        refused.Message.ShouldContain("start it on an Akka.Cluster member");
        await local.Terminate();
    }
}
