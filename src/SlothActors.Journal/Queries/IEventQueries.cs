using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Journal.Queries;

/// <summary>Read side of the journal: runs on reader connections and never blocks the writer.</summary>
public interface IEventQueries
{
    Task<Event?> GetEventAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>
    /// The stored events among <paramref name="eventIds"/>, in no particular order; an id not
    /// stored is left out. How a dispatcher partition reads back the payloads of its backlog.
    /// </summary>
    /// <param name="eventIds">At most as many ids as one append takes.</param>
    Task<IReadOnlyList<Event>> GetEventsAsync(IReadOnlyList<string> eventIds, CancellationToken cancellationToken);

    /// <summary>
    /// The ids of pending events stored after position <paramref name="afterSeq"/> (0: from the
    /// start), in storage order, with each one's position to continue from: a cursor that stays
    /// correct while rows change around it, unlike an offset.
    /// </summary>
    /// <param name="limit">1 to <see cref="EventQuery.MaxLimit"/>.</param>
    Task<IReadOnlyList<(long Seq, string Id)>> PendingIdsAsync(long afterSeq, int limit, CancellationToken cancellationToken);

    /// <exception cref="ArgumentException">The query is out of range.</exception>
    Task<IReadOnlyList<Event>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken);

    /// <summary>Events of one correlation id, oldest first.</summary>
    /// <param name="limit">1 to <see cref="EventQuery.MaxLimit"/>.</param>
    Task<IReadOnlyList<Event>> ByCorrelationAsync(string correlationId, int limit, CancellationToken cancellationToken);

    /// <summary>Counts by source, type and severity of events whose timestamp is in the range (bounds inclusive, null = open).</summary>
    Task<EventStats> StatsAsync(DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken);

    /// <summary>Every execution recorded for the event, in execution order.</summary>
    Task<IReadOnlyList<HookExecution>> ExecutionsOfAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>The hook's most recent executions, newest first.</summary>
    /// <param name="limit">1 to <see cref="EventQuery.MaxLimit"/>.</param>
    Task<IReadOnlyList<HookExecution>> HookHistoryAsync(string hookName, int limit, CancellationToken cancellationToken);

    /// <summary>How many events are in each status (every status present, zero included).</summary>
    Task<IReadOnlyDictionary<EventStatus, long>> CountByStatusAsync(CancellationToken cancellationToken);
}
