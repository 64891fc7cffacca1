using SlothActors.Events;
using SlothActors.Journal.Postgres.Storage;
using SlothActors.Journal.Schema;
using E = SlothActors.Journal.Schema.EventColumns;

namespace SlothActors.Journal.Postgres.Journal;

internal sealed partial class PostgresEventJournal
{
    private const string DeleteEventSql = $"DELETE FROM {Tables.Events} WHERE {E.Id} = @id";

    // Foreign keys cascade the delete to event_hook_executions.
    private const string CleanupSql =
        $"""
        DELETE FROM {Tables.Events}
        WHERE {E.CreatedAt} < @cutoff AND {E.Status} IN ('{EventStatusNames.Completed}', '{EventStatusNames.Failed}')
        """;

    public async Task<bool> DeleteEventAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        return await CommandExecution.ExecuteOnceAsync(_dataSource.CreateCommand(DeleteEventSql).WithText("id", eventId), cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<int> CleanupAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        await CommandExecution.ExecuteOnceAsync(_dataSource.CreateCommand(CleanupSql).WithTime("cutoff", olderThan), cancellationToken).ConfigureAwait(false);
}
