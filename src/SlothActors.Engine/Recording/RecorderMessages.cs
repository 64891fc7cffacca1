using SlothActors.Events;
using SlothActors.Journal.Recording;

namespace SlothActors.Engine.Recording;

/// <summary>From a worker: everything processing <paramref name="Event"/> produced.</summary>
internal sealed record EventProcessed(Event Event, EventOutcome Outcome);

/// <summary>Answered with <see cref="Flushed"/> once every outcome the recorder holds is written (the dispatcher forwards it).</summary>
internal sealed class Flush
{
    public static readonly Flush Instance = new();
}

internal sealed class Flushed
{
    public static readonly Flushed Instance = new();
}

/// <summary>The recorder's own write committed.</summary>
internal sealed record OutcomesRecorded(IReadOnlyList<EventProcessed> Chunk);

/// <summary>The recorder's own write failed; <paramref name="Transient"/> when the store says a retry may succeed.</summary>
internal sealed record RecordFailed(IReadOnlyList<EventProcessed> Chunk, Exception Cause, bool Transient);

/// <summary>The recorder's back-off timer.</summary>
internal sealed class RetryRecord
{
    public static readonly RetryRecord Instance = new();
}
