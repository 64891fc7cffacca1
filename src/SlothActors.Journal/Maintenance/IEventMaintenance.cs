namespace SlothActors.Journal.Maintenance;

/// <summary>Deletes: kept apart from appends so callers that only write never get delete rights.</summary>
public interface IEventMaintenance
{
    /// <summary>Deletes the event and, by cascade, its executions.</summary>
    /// <returns>False when no such event exists.</returns>
    Task<bool> DeleteEventAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes completed and failed events created before <paramref name="olderThan"/> (with
    /// their executions). Pending and processing events are never deleted, however old.
    /// </summary>
    /// <returns>How many events were deleted.</returns>
    Task<int> CleanupAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
