namespace SlothActors.Engine.Observing;

/// <summary>A snapshot of the engine's load.</summary>
/// <param name="InFlight">Events held in memory: routed to workers and not yet recorded (at most <paramref name="Capacity"/>).</param>
/// <param name="Unwritten">Accepted events waiting for their journal write.</param>
/// <param name="BacklogInJournal">The dispatcher knows of accepted events not yet routed (its backlog, or pending events the fallback has not claimed yet).</param>
/// <param name="PendingInJournal">Pending events counted in the journal when the snapshot was taken.</param>
/// <param name="PeakInFlight">The most events in memory (or with a write or claim under way for them) since start; never above the capacity.</param>
/// <param name="ClaimedByFallback">Events routed from the backlog since start (overflow, recovery, retries): read back from the read model, or claimed by the fallback.</param>
/// <param name="HungExecutions">Runners still running past their timeout and margin; each holds an execution thread.</param>
public sealed record EngineStatus(
    bool Accepting,
    int InFlight,
    int Capacity,
    long Unwritten,
    bool BacklogInJournal,
    long PendingInJournal,
    int PeakInFlight,
    long ClaimedByFallback,
    int HungExecutions);
