using SlothActors.Events;
using SlothActors.Journal.Schema;
using SlothActors.Journal.Sqlite.Storage;
using E = SlothActors.Journal.Schema.EventColumns;

namespace SlothActors.Journal.Sqlite.Journal;

internal sealed partial class SqliteEventJournal
{
    private const string DeleteEventSql = $"DELETE FROM {Tables.Events} WHERE {E.Id} = $id";

    // Foreign keys cascade the delete to event_hook_executions.
    private const string CleanupSql =
        $"""
        DELETE FROM {Tables.Events}
        WHERE {E.CreatedAt} < $cutoff AND {E.Status} IN ('{EventStatusNames.Completed}', '{EventStatusNames.Failed}')
        """;

    public async Task<bool> DeleteEventAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        return await _database.Writer.WriteAsync(tx => tx.Execute(tx.Command(DeleteEventSql).Set("$id", eventId)) == 1, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<int> CleanupAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        await _database.Writer.WriteAsync(tx => tx.Execute(tx.Command(CleanupSql).Set("$cutoff", UnixMs.From(olderThan))), cancellationToken)
            .ConfigureAwait(false);
}
