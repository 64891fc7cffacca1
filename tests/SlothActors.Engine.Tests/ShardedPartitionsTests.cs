using Akka.Actor;
using Akka.Cluster.Sharding;
using SlothActors.Engine.Hosting;
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
