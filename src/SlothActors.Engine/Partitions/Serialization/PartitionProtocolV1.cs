using System.Runtime.Serialization;

namespace SlothActors.Engine.Partitions.Serialization;

/// <summary>
/// Version 1 of the binary layout of the partition messages that cross between nodes (a
/// dispatcher journals events in partitions hosted anywhere in the cluster). Never stored, but
/// two versions of the product may run side by side during a rolling upgrade: a new layout is a
/// new class with new manifests. Primitives as in <see cref="PartitionPayloadV1"/>.
/// </summary>
/// <remarks>
/// <c>AttachPartition</c>: nothing. <c>PartitionRecovered</c>: zigzag partition, ids, events.
/// <c>PersistEvents</c>: int64 chunk, events. <c>EventsPersisted</c>: int64 chunk, zigzag
/// partition, events. <c>ChunkProjected</c> and <c>CompleteEvents</c>: ids. "ids" and "events"
/// are a varint count then each item, as in <see cref="PartitionPayloadV1"/>.
/// </remarks>
internal static class PartitionProtocolV1
{
    public static int EstimateSize(object message) => message switch
    {
        PartitionRecovered recovered => 16 + EventBytes(recovered.Replayed?.Count) + IdBytes(recovered.Unfinished?.Count),
        PersistEvents persist => 16 + EventBytes(persist.Events?.Count),
        EventsPersisted persisted => 16 + EventBytes(persisted.Taken?.Count),
        ChunkProjected projected => 8 + IdBytes(projected.EventIds?.Count),
        CompleteEvents complete => 8 + IdBytes(complete.EventIds?.Count),
        _ => 8,
    };

    public static void Write(ref PayloadWriter writer, object message)
    {
        switch (message)
        {
            case AttachPartition:
                break;
            case PartitionRecovered recovered:
                writer.WriteVarInt32(recovered.Partition);
                PartitionPayloadV1.WriteIds(ref writer, recovered.Unfinished, nameof(PartitionRecovered));
                PartitionPayloadV1.WriteEventList(ref writer, recovered.Replayed, nameof(PartitionRecovered));
                break;
            case PersistEvents persist:
                writer.WriteInt64(persist.Chunk);
                PartitionPayloadV1.WriteEventList(ref writer, persist.Events, nameof(PersistEvents));
                break;
            case EventsPersisted persisted:
                writer.WriteInt64(persisted.Chunk);
                writer.WriteVarInt32(persisted.Partition);
                PartitionPayloadV1.WriteEventList(ref writer, persisted.Taken, nameof(EventsPersisted));
                break;
            case ChunkProjected projected:
                PartitionPayloadV1.WriteIds(ref writer, projected.EventIds, nameof(ChunkProjected));
                break;
            case CompleteEvents complete:
                PartitionPayloadV1.WriteIds(ref writer, complete.EventIds, nameof(CompleteEvents));
                break;
            default:
                throw new SerializationException($"{message?.GetType().FullName ?? "null"} is not a partition message.");
        }
    }

    public static AttachPartition ReadAttach(ref PayloadReader reader)
    {
        reader.EnsureEnd();
        return AttachPartition.Instance;
    }

    public static PartitionRecovered ReadRecovered(ref PayloadReader reader)
    {
        var partition = reader.ReadVarInt32();
        var unfinished = PartitionPayloadV1.ReadIdList(ref reader);
        var replayed = PartitionPayloadV1.ReadEventList(ref reader);
        reader.EnsureEnd();
        return new PartitionRecovered(partition, unfinished, replayed);
    }

    public static PersistEvents ReadPersist(ref PayloadReader reader)
    {
        var chunk = reader.ReadInt64();
        var events = PartitionPayloadV1.ReadEventList(ref reader);
        reader.EnsureEnd();
        return new PersistEvents(chunk, events);
    }

    public static EventsPersisted ReadPersisted(ref PayloadReader reader)
    {
        var chunk = reader.ReadInt64();
        var partition = reader.ReadVarInt32();
        var taken = PartitionPayloadV1.ReadEventList(ref reader);
        reader.EnsureEnd();
        return new EventsPersisted(chunk, partition, taken);
    }

    private static int EventBytes(int? count) => (count ?? 0) * 256;

    private static int IdBytes(int? count) => (count ?? 0) * 40;
}
