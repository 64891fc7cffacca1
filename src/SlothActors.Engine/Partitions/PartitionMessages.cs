using SlothActors.Events;

namespace SlothActors.Engine.Partitions;

/// <summary>
/// From the dispatcher: make this partition's part of chunk <paramref name="Chunk"/> durable.
/// Answered with <see cref="EventsPersisted"/>. The partition group-commits: what arrives while
/// a write is in flight goes out in the next one (today's dispatcher sends one chunk at a time,
/// so each write is one chunk's part; the partition does not rely on that). It leaves out ids it
/// already holds unfinished, and repeats within a write, so a retried event is never journaled
/// twice while it is unfinished.
/// </summary>
internal sealed record PersistEvents(long Chunk, IReadOnlyList<Event> Events);

/// <summary>The partition's part of chunk <paramref name="Chunk"/> is durable; <paramref name="Taken"/> are the events it journaled (new to it).</summary>
internal sealed record EventsPersisted(long Chunk, int Partition, IReadOnlyList<Event> Taken);

/// <summary>
/// From the dispatcher: <paramref name="Count"/> more of the partition's journaled events are
/// in the read model. A snapshot of its unfinished ids (which keeps no payloads) is taken only
/// when none is waiting for its projection.
/// </summary>
internal sealed record ChunkProjected(int Count);

/// <summary>From the dispatcher: these events are finished (recorded, or found finished); persist a completion marker.</summary>
internal sealed record CompleteEvents(IReadOnlyList<string> EventIds);

/// <summary>
/// From a node's dispatcher, through the shard region, when it starts and again every second
/// until answered: the partition answers its first dispatcher with <see cref="PartitionRecovered"/>
/// once it has recovered, and ignores repeats from it. A partition that already answered another
/// dispatcher stops, so it recovers again from its journal for the new one (the old one's
/// projections of it are unknown to the new one).
/// </summary>
internal sealed class AttachPartition
{
    public static readonly AttachPartition Instance = new();
}

/// <summary>
/// To the dispatcher that attached it, once per start of a partition: its unfinished ids, oldest first, and the
/// payloads of those replayed from the journal (events accepted since its last snapshot, which
/// the read model may not have yet).
/// </summary>
internal sealed record PartitionRecovered(int Partition, IReadOnlyList<string> Unfinished, IReadOnlyList<Event> Replayed);

/// <summary>Answered with <see cref="PartitionIdle"/> once no completion marker of the partition is waiting to be written.</summary>
internal sealed class AwaitPartitionIdle
{
    public static readonly AwaitPartitionIdle Instance = new();
}

internal sealed class PartitionIdle
{
    public static readonly PartitionIdle Instance = new();
}
