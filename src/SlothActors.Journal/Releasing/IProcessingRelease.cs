namespace SlothActors.Journal.Releasing;

/// <summary>
/// Keeps the read model's <c>processing</c> status true to what runs. The partitions' Akka journal
/// decides what runs again; these only turn rows a stopped run left <c>processing</c> back to
/// <c>pending</c>, so that the read model does not show as running what no node runs.
/// </summary>
public interface IProcessingRelease
{
    /// <summary>
    /// Returns the given processing events that <paramref name="owner"/> still holds to pending
    /// (events in flight when a graceful stop's grace period ended). An event another owner took
    /// over meanwhile (its partition moved to another node) is left alone.
    /// </summary>
    /// <returns>How many events went back to pending.</returns>
    Task<int> ReleaseAsync(string owner, IReadOnlyList<string> eventIds, CancellationToken cancellationToken);

    /// <summary>
    /// Returns every event <paramref name="owner"/> holds to pending: a restarted cluster node's
    /// rows from its previous life (the partitions run them again wherever they now are).
    /// </summary>
    Task<int> ReleaseOwnerAsync(string owner, CancellationToken cancellationToken);

    /// <summary>
    /// Start-up recovery: every processing event goes back to pending. Only for a journal no
    /// other live process uses (single node); a cluster node releases its own rows instead.
    /// </summary>
    Task<int> RecoverAllAsync(CancellationToken cancellationToken);
}
