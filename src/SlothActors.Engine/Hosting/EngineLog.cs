using Microsoft.Extensions.Logging;

namespace SlothActors.Engine.Hosting;

/// <summary>The engine's log lines: one per event of interest, none on the per-event hot path.</summary>
internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Event engine started: {Workers} workers, capacity {Capacity}, {Recovered} events recovered to pending")]
    public static partial void Started(ILogger logger, int workers, int capacity, int recovered);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Event engine stopping: no longer accepting events, {GracePeriod} to finish in-flight work")]
    public static partial void Stopping(ILogger logger, TimeSpan gracePeriod);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Grace period over: {Count} in-flight events returned to pending")]
    public static partial void Released(ILogger logger, int count);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Event engine stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "Recording {Count} outcomes failed with a transient error; retrying in a second")]
    public static partial void RecordFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 18, Level = LogLevel.Warning, Message = "The engine's actors did not stop in time at shutdown; the actor system's termination stops them")]
    public static partial void StopIncomplete(ILogger logger);

    [LoggerMessage(EventId = 15, Level = LogLevel.Error, Message = "Recording {Count} outcomes failed; recording them in halves to isolate the one that fails")]
    public static partial void RecordSplit(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 16, Level = LogLevel.Error, Message = "Event {EventId}: its outcome cannot be recorded; recording it as failed without its executions")]
    public static partial void OutcomeUnrecordable(ILogger logger, string eventId, Exception exception);

    [LoggerMessage(EventId = 17, Level = LogLevel.Critical, Message = "Event {EventId}: not even a failed status can be recorded; it stays processing in the journal and runs again at the next start")]
    public static partial void OutcomeLost(ILogger logger, string eventId, Exception exception);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "An engine observer threw; ignored")]
    public static partial void ObserverFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "Flushing outcomes at shutdown did not finish; their events were returned to pending and run again at the next start")]
    public static partial void FlushIncomplete(ILogger logger);
}
