using SlothActors.Events;

namespace SlothActors.Journal.Claiming;

/// <summary>
/// Exactly one owner per event at a time: pending events are claimed atomically (pending ->
/// processing, attempts + 1, owner set) and handed back to pending on shutdown, crash recovery
/// or a retry. Two concurrent claimers never receive the same event.
/// </summary>
public interface IEventClaimer
{
    /// <summary>
    /// Claims up to <paramref name="maxCount"/> pending events that are due
    /// (<c>next_attempt_at</c> empty or at most <paramref name="now"/>), oldest first.
    /// </summary>
    /// <returns>The claimed events as they are after the claim, oldest first.</returns>
    Task<IReadOnlyList<Event>> ClaimPendingAsync(string owner, int maxCount, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Claims the given events if they are still pending (e.g. right after append).</summary>
    /// <returns>The ids that this call claimed; an id already claimed or finished is left out.</returns>
    Task<IReadOnlyList<string>> ClaimAsync(string owner, IReadOnlyList<string> eventIds, CancellationToken cancellationToken);

    /// <summary>
    /// Returns the given processing events that <paramref name="owner"/> still holds to pending
    /// (shutdown, or a retry when <paramref name="nextAttemptAt"/> is set: they are not claimed
    /// again before it). An event another owner re-claimed meanwhile (this owner was downed and
    /// its work handed on) is left alone, so there is never a second owner at a time.
    /// </summary>
    /// <returns>How many events went back to pending.</returns>
    Task<int> ReleaseAsync(string owner, IReadOnlyList<string> eventIds, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>Returns every event <paramref name="owner"/> holds to pending (a node left or was downed).</summary>
    Task<int> ReleaseOwnerAsync(string owner, CancellationToken cancellationToken);

    /// <summary>
    /// Start-up recovery: every processing event goes back to pending. Only for a journal no
    /// other live process uses (single node); a cluster releases by owner instead.
    /// </summary>
    Task<int> RecoverAllAsync(CancellationToken cancellationToken);
}
