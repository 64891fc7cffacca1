using System.Runtime.Serialization;
using Akka.Actor;
using Akka.Serialization;

namespace SlothActors.Engine.Partitions.Serialization;

/// <summary>
/// Akka serializer of the dispatcher partitions' journal and snapshot payloads
/// (<see cref="EventsAccepted"/>, <see cref="EventsCompleted"/>, <see cref="PartitionSnapshot"/>)
/// in a compact binary layout (<see cref="PartitionPayloadV1"/>), and of the partition messages
/// that cross between nodes (<see cref="PartitionProtocolV1"/>). The manifest names the type and
/// the layout's version, so a later layout gets new manifests and rows written with an older one
/// stay readable. Register it with <see cref="PartitionSerializerSetup"/>.
/// </summary>
public sealed class PartitionSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <summary>The serializer's id, stored with every journal row; never change it.</summary>
    public const int Id = 7301;

    public const string AcceptedV1 = "accepted-v1";
    public const string CompletedV1 = "completed-v1";
    public const string SnapshotV1 = "snapshot-v1";
    public const string AttachV1 = "attach-v1";
    public const string RecoveredV1 = "recovered-v1";
    public const string PersistV1 = "persist-v1";
    public const string PersistedV1 = "persisted-v1";
    public const string ProjectedV1 = "projected-v1";
    public const string CompleteV1 = "complete-v1";

    public override int Identifier => Id;

    /// <exception cref="SerializationException">The object is not a partition payload.</exception>
    public override string Manifest(object o) => o switch
    {
        EventsAccepted => AcceptedV1,
        EventsCompleted => CompletedV1,
        PartitionSnapshot => SnapshotV1,
        AttachPartition => AttachV1,
        PartitionRecovered => RecoveredV1,
        PersistEvents => PersistV1,
        EventsPersisted => PersistedV1,
        ChunkProjected => ProjectedV1,
        CompleteEvents => CompleteV1,
        _ => throw NotAPayload(o),
    };

    /// <exception cref="SerializationException">The object is not a partition payload, or cannot be written (a null list, event, id or required field; an unknown enum value).</exception>
    public override byte[] ToBinary(object obj)
    {
        var writer = new PayloadWriter(obj switch
        {
            EventsAccepted accepted => PartitionPayloadV1.EstimateSize(accepted),
            EventsCompleted completed => PartitionPayloadV1.EstimateSize(completed.EventIds),
            PartitionSnapshot snapshot => PartitionPayloadV1.EstimateSize(snapshot.Unfinished),
            AttachPartition or PartitionRecovered or PersistEvents or EventsPersisted or ChunkProjected or CompleteEvents => PartitionProtocolV1.EstimateSize(obj),
            _ => throw NotAPayload(obj),
        });
        try
        {
            switch (obj)
            {
                case EventsAccepted accepted:
                    PartitionPayloadV1.Write(ref writer, accepted);
                    break;
                case EventsCompleted completed:
                    PartitionPayloadV1.WriteIds(ref writer, completed.EventIds, nameof(EventsCompleted));
                    break;
                case PartitionSnapshot snapshot:
                    PartitionPayloadV1.WriteIds(ref writer, snapshot.Unfinished, nameof(PartitionSnapshot));
                    break;
                default:
                    PartitionProtocolV1.Write(ref writer, obj);
                    break;
            }

            return writer.ToArray();
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <exception cref="SerializationException">The manifest is unknown, or the bytes are not a valid payload of it (truncated, corrupt, trailing bytes).</exception>
    public override object FromBinary(byte[] bytes, string manifest)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var reader = new PayloadReader(bytes, manifest);
        return manifest switch
        {
            AcceptedV1 => PartitionPayloadV1.ReadAccepted(ref reader),
            CompletedV1 => new EventsCompleted(PartitionPayloadV1.ReadIds(ref reader)),
            SnapshotV1 => new PartitionSnapshot(PartitionPayloadV1.ReadIds(ref reader)),
            AttachV1 => PartitionProtocolV1.ReadAttach(ref reader),
            RecoveredV1 => PartitionProtocolV1.ReadRecovered(ref reader),
            PersistV1 => PartitionProtocolV1.ReadPersist(ref reader),
            PersistedV1 => PartitionProtocolV1.ReadPersisted(ref reader),
            ProjectedV1 => new ChunkProjected(PartitionPayloadV1.ReadIds(ref reader)),
            CompleteV1 => new CompleteEvents(PartitionPayloadV1.ReadIds(ref reader)),
            _ => throw new SerializationException(
                $"Unknown partition payload manifest '{manifest}' ({bytes.Length} bytes); known: {AcceptedV1}, {CompletedV1}, {SnapshotV1}, {AttachV1}, {RecoveredV1}, {PersistV1}, {PersistedV1}, {ProjectedV1}, {CompleteV1}."),
        };
    }

    private static SerializationException NotAPayload(object? o) =>
        new($"{nameof(PartitionSerializer)} cannot serialize {o?.GetType().FullName ?? "null"}: not a partition payload.");
}
