using Microsoft.Extensions.Logging;

namespace SlothActors.Engine.Partitions;

/// <summary>The dispatcher partitions' log lines; none on the per-event path.</summary>
internal static partial class PartitionLog
{
    [LoggerMessage(EventId = 40, Level = LogLevel.Error, Message = "Partition {Partition}: journal write {SequenceNr} failed; the partition restarts and recovers from its journal")]
    public static partial void PersistFailed(ILogger logger, int partition, long sequenceNr, Exception exception);

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Partition {Partition}: saving a snapshot failed; the journal is kept and the next snapshot tries again")]
    public static partial void SnapshotFailed(ILogger logger, int partition, Exception exception);

    [LoggerMessage(EventId = 42, Level = LogLevel.Warning, Message = "Partition {Partition}: deleting journal entries below a snapshot failed; they are deleted with the next one")]
    public static partial void DeleteFailed(ILogger logger, int partition, Exception exception);

    [LoggerMessage(EventId = 43, Level = LogLevel.Warning, Message = "Partition {Partition} stopped (a failed write, a hand-off or its node gone); attaching it again, wherever it recovers from its journal")]
    public static partial void Restarting(ILogger logger, int partition);

    [LoggerMessage(EventId = 44, Level = LogLevel.Error, Message = "Projecting {Count} accepted events into the read model failed; retrying in a second (their producers wait)")]
    public static partial void ProjectionFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 45, Level = LogLevel.Warning, Message = "Reading {Count} backlog events back from the read model failed; the next tick retries")]
    public static partial void BacklogReadFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 46, Level = LogLevel.Warning, Message = "{Count} pending events of the read model were unknown to the partitions (left by a previous version); accepted them again into the Akka journal")]
    public static partial void Imported(ILogger logger, int count);

    [LoggerMessage(EventId = 47, Level = LogLevel.Error, Message = "The start-up sweep for pending events unknown to the partitions failed; the next start tries again")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 49, Level = LogLevel.Warning, Message = "Partition {Partition}: another dispatcher attached; stopping so that it recovers again from its journal for it")]
    public static partial void NewDispatcher(ILogger logger, int partition);

    [LoggerMessage(EventId = 48, Level = LogLevel.Information, Message = "Partitions recovered in {Elapsed} ms: {Unfinished} unfinished events to route, {Imported} taken over from the read model")]
    public static partial void Recovered(ILogger logger, long elapsed, int unfinished, int imported);

    [LoggerMessage(EventId = 50, Level = LogLevel.Information, Message = "Partition {Partition}: handing off to another node (its node's dispatcher attached: {Owned}); it stops once its events no longer run here")]
    public static partial void HandingOff(ILogger logger, int partition, bool owned);

    [LoggerMessage(EventId = 51, Level = LogLevel.Information, Message = "Partition {Partition} let go: {Dropped} of its waiting events are left to the node that takes it over")]
    public static partial void Released(ILogger logger, int partition, int dropped);

    [LoggerMessage(EventId = 52, Level = LogLevel.Warning, Message = "Partition {Partition}: {Count} journaled events were never projected by the dispatcher that journaled them (its node died?); projecting and running them here")]
    public static partial void Stranded(ILogger logger, int partition, int count);
}
