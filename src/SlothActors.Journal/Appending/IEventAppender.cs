using SlothActors.Events;

namespace SlothActors.Journal.Appending;

/// <summary>Makes accepted events durable: one transaction per call (group commit).</summary>
public interface IEventAppender
{
    /// <summary>
    /// Stores the events as given (status, attempts, timestamps) in one transaction; when the
    /// task completes they are committed. An id that is already stored (or repeated within the
    /// batch) is the same event: it is skipped, never stored or processed twice.
    /// </summary>
    /// <param name="owner">
    /// Stored as the claim owner. To accept and claim in one write, pass events with
    /// <see cref="EventStatus.Processing"/>, <c>Attempts = 1</c> and the worker owner; otherwise null.
    /// </param>
    /// <returns>The ids that were newly inserted, in batch order.</returns>
    Task<IReadOnlyList<string>> AppendAsync(IReadOnlyList<Event> events, string? owner, CancellationToken cancellationToken);
}
