using SlothActors.Events;

namespace SlothActors.Engine.Partitions;

/// <summary>
/// Journal entry of a dispatcher partition: events accepted in one write, with their whole
/// payload, so that a partition recovering after a crash can route them even if the read model
/// never saw them.
/// </summary>
public sealed record EventsAccepted(IReadOnlyList<Event> Events);

/// <summary>Journal entry of a dispatcher partition: these events' outcomes are recorded; they are finished.</summary>
public sealed record EventsCompleted(IReadOnlyList<string> EventIds);

/// <summary>
/// Snapshot of a dispatcher partition: the ids of its unfinished events, oldest first. Their
/// payloads are in the read model (a partition snapshots only once every event it holds is projected).
/// </summary>
public sealed record PartitionSnapshot(IReadOnlyList<string> Unfinished);
