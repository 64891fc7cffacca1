using System.Globalization;
using Akka.Actor;
using Akka.Cluster;
using Akka.Cluster.Sharding;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hosting;

namespace SlothActors.Engine.Partitions;

/// <summary>
/// The dispatcher partitions as Cluster Sharding entities of type <c>dispatch</c> on members with
/// role <c>worker</c>: remembered (a partition restarts by itself after a crash or on another
/// node after a failover), the coordinator's state in distributed data, and the remembered
/// entities in the partitions' own journal (no LMDB directory beside the data).
/// </summary>
/// <remarks>
/// The engine starts its region when it starts, rather than through Akka.Hosting's
/// <c>WithShardRegion</c>, because an <see cref="EngineHost"/> is also started on actor systems
/// built without Akka.Hosting (tests, the benchmarks), and one start path serves both.
/// </remarks>
internal static class PartitionRegion
{
    public const string TypeName = "dispatch";

    /// <exception cref="InvalidOperationException">The actor system is not an Akka.Cluster member.</exception>
    public static Task<IActorRef> StartAsync(ActorSystem system, EngineOptions options, ILogger log)
    {
        if (system is not ExtendedActorSystem { Provider: IClusterActorRefProvider })
        {
            throw new InvalidOperationException(
                "the engine's dispatcher partitions run under Cluster Sharding: start it on an Akka.Cluster member (akka.actor.provider = cluster)");
        }

        var snapshotEvery = options.SnapshotEvery;
        var sharding = ClusterSharding.Get(system);
        var settings = Settings(system);

        // The hand-off stop message is the partition's own, not a PoisonPill: it lets its node's
        // dispatcher finish what runs there before it stops (see HandOffPartition).
        return sharding.StartAsync(
            TypeName,
            entityId => Props.Create(() => new PartitionActor(int.Parse(entityId, CultureInfo.InvariantCulture), snapshotEvery, log)),
            settings,
            PartitionMessageExtractor.Instance,
            sharding.DefaultShardAllocationStrategy(settings),
            HandOffPartition.Instance);
    }

    private static ClusterShardingSettings Settings(ActorSystem system)
    {
        var defaults = ClusterShardingSettings.Create(system);
        return new ClusterShardingSettings(
            SingleNodeCluster.WorkerRole,
            rememberEntities: true,
            // The default journal and snapshot store: the partitions' own.
            journalPluginId: string.Empty,
            snapshotPluginId: string.Empty,
            defaults.PassivateIdleEntityAfter,
            StateStoreMode.DData,
            RememberEntitiesStore.Eventsourced,
            defaults.ShardRegionQueryTimeout,
            defaults.TuningParameters,
            defaults.CoordinatorSingletonSettings,
            defaults.LeaseSettings);
    }
}
