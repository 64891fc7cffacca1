using System.Globalization;
using Akka.Cluster.Sharding;

namespace SlothActors.Engine.Partitions;

/// <summary>
/// One dispatcher partition per shard, so each partition moves between nodes on its own. Every
/// message travels in a <see cref="ShardingEnvelope"/> whose entity id is the partition number;
/// Akka.NET unwraps envelopes (and remember-entities' <see cref="ShardRegion.StartEntity"/>)
/// itself and asks this extractor only for the shard of an entity id.
/// </summary>
internal sealed class PartitionMessageExtractor : IMessageExtractor
{
    public static readonly PartitionMessageExtractor Instance = new();

    // Anything but an envelope is not a partition's message.
    public string? EntityId(object message) => null;

    public object? EntityMessage(object message) => message;

    public string? ShardId(object message) => null;

    public string ShardId(string entityId, object? messageHint = null) => entityId;

    /// <summary>The envelope that takes <paramref name="message"/> to partition <paramref name="partition"/>.</summary>
    public static ShardingEnvelope To(int partition, object message) =>
        new(partition.ToString(CultureInfo.InvariantCulture), message);
}
