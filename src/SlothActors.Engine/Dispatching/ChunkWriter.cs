using SlothActors.Events;
using SlothActors.Journal.Appending;
using SlothActors.Journal.Claiming;

namespace SlothActors.Engine.Dispatching;

/// <summary>The dispatcher's journal writes, each turned into one message for the dispatcher (never an exception).</summary>
internal static class ChunkWriter
{
    public static async Task<object> WriteAsync(
        IEventAppender appender, string owner, IReadOnlyList<Producer> chunk, List<Event> claimed, List<Event> pending, int reserved)
    {
        try
        {
            // Usually only one of the two is non-empty; both only while the capacity fills up.
            var claimedIds = claimed.Count == 0 ? [] : await appender.AppendAsync(claimed, owner, CancellationToken.None).ConfigureAwait(false);
            var pendingIds = pending.Count == 0 ? [] : await appender.AppendAsync(pending, null, CancellationToken.None).ConfigureAwait(false);
            return new AppendDone(chunk, Inserted(claimed, claimedIds), Inserted(pending, pendingIds), reserved);
        }
        catch (Exception ex)
        {
            return new AppendFailed(chunk, claimed.Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList(), reserved, ex);
        }
    }

    public static async Task<object> ReleaseAsync(IEventClaimer claimer, string owner, IReadOnlyList<string> ids)
    {
        try
        {
            return new PendingAppeared(await claimer.ReleaseAsync(owner, ids, null, CancellationToken.None).ConfigureAwait(false));
        }
        catch (Exception)
        {
            // Nothing more to do here: start-up recovery returns whatever is left processing.
            return new PendingAppeared(0);
        }
    }

    /// <summary>The first occurrence of each newly inserted id, in batch order (a repeated id is one event).</summary>
    private static List<Event> Inserted(List<Event> events, IReadOnlyList<string> insertedIds)
    {
        if (insertedIds.Count == 0)
        {
            return [];
        }

        // The usual case: every id was new, so nothing was skipped and the order is the batch's.
        if (insertedIds.Count == events.Count)
        {
            return events;
        }

        var fresh = new HashSet<string>(insertedIds, StringComparer.Ordinal);
        return events.Where(e => fresh.Remove(e.Id)).ToList();
    }
}
