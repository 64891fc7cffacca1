using SlothActors.Events;
using SlothActors.Journal.Schema;
using SlothActors.Journal.Serialization;
using SlothActors.Journal.Sqlite.Storage;
using E = SlothActors.Journal.Schema.EventColumns;

namespace SlothActors.Journal.Sqlite.Journal;

internal sealed partial class SqliteEventJournal
{
    private const string InsertEventSql =
        $"""
        INSERT INTO {Tables.Events} ({E.Id}, {E.Type}, {E.Data}, {E.Status}, {E.Error}, {E.Timestamp}, {E.CreatedAt},
            {E.ProcessedAt}, {E.Stack}, {E.Source}, {E.Severity}, {E.CorrelationId}, {E.CausationId}, {E.Depth},
            {E.Tags}, {E.Attempts}, {E.NextAttemptAt}, {E.Owner}, {E.Extra})
        VALUES ($id, $type, $data, $status, $error, $timestamp, $created_at, $processed_at, $stack, $source,
            $severity, $correlation_id, $causation_id, $depth, $tags, $attempts, NULL, $owner, $extra)
        ON CONFLICT ({E.Id}) DO NOTHING
        """;

    public async Task<IReadOnlyList<string>> AppendAsync(IReadOnlyList<Event> events, string? owner, CancellationToken cancellationToken)
    {
        EnsureBatch(events, nameof(events));
        if (events.Count == 0)
        {
            return [];
        }

        return await _database.Writer.WriteAsync(tx => Insert(tx, events, owner), cancellationToken).ConfigureAwait(false);
    }

    private static List<string> Insert(WriteTransaction tx, IReadOnlyList<Event> events, string? owner)
    {
        var insert = tx.Statement(InsertEventSql);
        var inserted = new List<string>(events.Count);
        foreach (var e in events)
        {
            insert.Set("$id", e.Id)
                .Set("$type", e.Type)
                .Set("$data", e.Data)
                .Set("$status", EventStatusNames.ToName(e.Status))
                .Set("$error", e.Error)
                .Set("$timestamp", UnixMs.From(e.Timestamp))
                .Set("$created_at", UnixMs.From(e.CreatedAt))
                .Set("$processed_at", UnixMs.From(e.ProcessedAt))
                .Set("$stack", e.Stack)
                .Set("$source", e.Source)
                .Set("$severity", EventSeverityNames.ToName(e.Severity))
                .Set("$correlation_id", e.CorrelationId)
                .Set("$causation_id", e.CausationId)
                .Set("$depth", (long)e.Depth)
                .Set("$tags", TagsJson.Write(e.Tags))
                .Set("$attempts", (long)e.Attempts)
                .Set("$owner", owner)
                .Set("$extra", e.Extra);
            if (insert.Execute() == 1)
            {
                inserted.Add(e.Id);
            }
        }

        return inserted;
    }
}
