using SlothActors.Engine.Processing;

namespace SlothActors.Engine.Recording;

internal sealed record OutcomesRecorded(IReadOnlyList<EventProcessed> Chunk);

internal sealed record RecordFailed(IReadOnlyList<EventProcessed> Chunk, Exception Cause);

internal sealed class RetryRecord
{
    public static readonly RetryRecord Instance = new();
}
