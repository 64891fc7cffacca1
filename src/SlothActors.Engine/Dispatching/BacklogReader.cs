using SlothActors.Journal.Queries;

namespace SlothActors.Engine.Dispatching;

/// <summary>The dispatcher's backlog read-back, turned into one message for the dispatcher (never an exception).</summary>
internal static class BacklogReader
{
    public static async Task<object> ReadAsync(IEventQueries queries, IReadOnlyList<string> ids)
    {
        try
        {
            return new BacklogRead(ids, await queries.GetEventsAsync(ids, CancellationToken.None).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            return new BacklogReadFailed(ids, ex);
        }
    }
}
