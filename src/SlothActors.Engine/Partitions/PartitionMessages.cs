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
/// From a dispatcher: these of the partition's journaled events are in the read model. A
/// snapshot of its unfinished ids (which keeps no payloads) is taken only when none is waiting
/// for its projection. Sent by a dispatcher on another node (which journaled them but does not
/// run them), the partition passes the ids on to its own node's dispatcher as <see cref="RouteEvents"/>.
/// </summary>
internal sealed record ChunkProjected(IReadOnlyList<string> EventIds);

/// <summary>
/// From a partition to the dispatcher of its own node: events a dispatcher on another node
/// journaled in it and projected; they are this node's to run.
/// </summary>
internal sealed record RouteEvents(int Partition, IReadOnlyList<string> EventIds);

/// <summary>
/// From a partition to the dispatcher of its own node: events journaled for a dispatcher that
/// never confirmed their projection (it died between the two). The owner projects them as a
/// recovered partition's replayed events, then runs them.
/// </summary>
internal sealed record StrandedEvents(int Partition, IReadOnlyList<Event> Events);

/// <summary>
/// Cluster Sharding's hand-off stop message for a partition (a rebalance, or its node leaving).
/// The partition asks its node's dispatcher to let go of it (<see cref="ReleasePartition"/>),
/// writes the completion markers it is then sent, and only then stops, so the node that takes
/// it over runs none of the events this one ran.
/// </summary>
internal sealed class HandOffPartition
{
    public static readonly HandOffPartition Instance = new();
}

/// <summary>
/// From a partition being handed off to its node's dispatcher: route none of its events any more,
/// and answer <see cref="PartitionReleased"/> once none of them is running here.
/// </summary>
internal sealed record ReleasePartition(int Partition);

/// <summary>
/// From the dispatcher: no event of the partition runs on this node any more, and the completion
/// markers of those that ran were sent before this.
/// </summary>
internal sealed class PartitionReleased
{
    public static readonly PartitionReleased Instance = new();
}

/// <summary>From the dispatcher: these events are finished (recorded, or found finished); persist a completion marker.</summary>
internal sealed record CompleteEvents(IReadOnlyList<string> EventIds);

/// <summary>
/// From every node's dispatcher, through the shard region, when it starts (or lost the partition)
/// and again every second until answered; the partition answers once it has recovered with
/// <see cref="PartitionRecovered"/>. The dispatcher of the partition's own node is its owner: it
/// gets the unfinished events and runs them, and repeats from it are ignored. A dispatcher on
/// another node gets an empty answer: it only journals events in the partition. A second
/// dispatcher on the partition's own node while the first lives makes the partition stop, so it
/// recovers again from its journal for the new one.
/// </summary>
internal sealed class AttachPartition
{
    public static readonly AttachPartition Instance = new();
}

/// <summary>
/// The answer to <see cref="AttachPartition"/>. To its owner, once: its unfinished ids, oldest
/// first, and the payloads of those the read model may not have yet (replayed from the journal,
/// or journaled by another node's dispatcher whose projection has not been confirmed). To a
/// dispatcher on another node: both lists empty.
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
