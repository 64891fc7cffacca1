namespace SlothActors.Journal.Recording;

/// <summary>Records what processing produced, a batch of events per transaction.</summary>
public interface IExecutionRecorder
{
    /// <summary>
    /// In ONE transaction: inserts every execution row, adds each hook's executions to its
    /// run_count and moves its last_run forward, and sets each event's status, error and
    /// processed_at. An execution whose event or hook was deleted meanwhile is dropped (as the
    /// delete would have cascaded to it), so one removal never sinks a whole batch.
    /// </summary>
    Task RecordAsync(IReadOnlyList<EventOutcome> outcomes, CancellationToken cancellationToken);
}
