using SlothActors.Engine.Hosting;
using SlothActors.Events;
using SlothActors.Journal.Appending;

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
            return new AppendFailed(chunk, reserved, ex);
        }
    }

    /// <summary>
    /// Puts a recovered partition's replayed events into the read model as pending; those it
    /// already holds are left as they are (the projection may have happened before the crash).
    /// </summary>
    public static async Task<object> ProjectRecoveredAsync(IEventAppender appender, Partitions.PartitionRecovered recovered)
    {
        try
        {
            foreach (var chunk in recovered.Replayed.Chunk(EngineOptions.MaxEventsPerCall))
            {
                await appender.AppendAsync(chunk.Select(AsPending).ToList(), null, CancellationToken.None).ConfigureAwait(false);
            }

            return new RecoveredProjected(recovered);
        }
        catch (Exception ex)
        {
            return new RecoveredProjectionFailed(recovered, ex);
        }
    }

    /// <summary>
    /// Splits a chunk's events for its projection: the first <paramref name="free"/> of those this
    /// node runs (<paramref name="runsHere"/>) are stored already claimed (processing, attempt 1)
    /// and routed right after the write, the rest pending.
    /// </summary>
    public static (List<Event> Claimed, List<Event> Pending) ClaimFirst(IReadOnlyList<Event> events, int free, Func<string, bool> runsHere)
    {
        var claimed = new List<Event>(Math.Min(free, events.Count));
        var pending = new List<Event>(events.Count);
        foreach (var evt in events)
        {
            if (claimed.Count < free && runsHere(evt.Id))
            {
                claimed.Add(evt with { Status = EventStatus.Processing, Attempts = 1, ProcessedAt = null, Error = null });
            }
            else
            {
                pending.Add(AsPending(evt));
            }
        }

        return (claimed, pending);
    }

    /// <summary>The event as stored pending; most arrive that way already and need no copy.</summary>
    private static Event AsPending(Event evt) =>
        evt is { Status: EventStatus.Pending, Attempts: 0, ProcessedAt: null, Error: null }
            ? evt
            : evt with { Status = EventStatus.Pending, Attempts = 0, ProcessedAt = null, Error = null };

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
