using SlothActors.Events;
using SlothActors.Journal.Schema;
using SlothActors.Journal.Serialization;
using SlothActors.Journal.Sqlite.Storage;
using E = SlothActors.Journal.Schema.EventColumns;

namespace SlothActors.Journal.Sqlite.Journal;

internal sealed partial class SqliteEventJournal
{
    private const string LastSeqSql = $"SELECT COALESCE(MAX({E.Seq}), 0) FROM {Tables.Events}";

    private const string InsertedSinceSql = $"SELECT {E.Id} FROM {Tables.Events} WHERE {E.Seq} > $seq";

    // Column order of one row; NextAttemptAt is always NULL for a new event.
    private static readonly RowBatchInsert<(Event Event, string? Owner)> InsertEvents = new(
        $"""
        INSERT INTO {Tables.Events} ({E.Id}, {E.Type}, {E.Data}, {E.Status}, {E.Error}, {E.Timestamp}, {E.CreatedAt},
            {E.ProcessedAt}, {E.Stack}, {E.Source}, {E.Severity}, {E.CorrelationId}, {E.CausationId}, {E.Depth},
            {E.Tags}, {E.Attempts}, {E.NextAttemptAt}, {E.Owner}, {E.Extra})
        """,
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
        $"ON CONFLICT ({E.Id}) DO NOTHING",
        static (s, i, row) =>
        {
            var e = row.Event;
            s.Bind(i, e.Id)
                .Bind(i + 1, e.Type)
                .Bind(i + 2, e.Data)
                .Bind(i + 3, EventStatusNames.ToName(e.Status))
                .Bind(i + 4, e.Error)
                .Bind(i + 5, UnixMs.From(e.Timestamp))
                .Bind(i + 6, UnixMs.From(e.CreatedAt))
                .Bind(i + 7, UnixMs.From(e.ProcessedAt))
                .Bind(i + 8, e.Stack)
                .Bind(i + 9, e.Source)
                .Bind(i + 10, EventSeverityNames.ToName(e.Severity))
                .Bind(i + 11, e.CorrelationId)
                .Bind(i + 12, e.CausationId)
                .Bind(i + 13, (long)e.Depth)
                .Bind(i + 14, TagsJson.Write(e.Tags))
                .Bind(i + 15, (long)e.Attempts)
                .Bind(i + 16, row.Owner)
                .Bind(i + 17, e.Extra);
        });

    public async Task<IReadOnlyList<string>> AppendAsync(IReadOnlyList<Event> events, string? owner, CancellationToken cancellationToken)
    {
        EnsureBatch(events, nameof(events));
        if (events.Count == 0)
        {
            return [];
        }

        return await _database.Writer.WriteAsync(tx => Insert(tx, events, owner), cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The ids this call inserted, in batch order; an id already stored (or repeated in the batch) is skipped.</returns>
    private static List<string> Insert(WriteTransaction tx, IReadOnlyList<Event> events, string? owner)
    {
        // Rows inserted now get a seq above the current maximum (the writer is alone in its
        // transaction), which tells them apart from rows that were already there.
        var before = (long)tx.Scalar(tx.Command(LastSeqSql))!;
        var rows = new (Event, string?)[events.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (events[i], owner);
        }

        var inserted = new List<string>(events.Count);
        if (InsertEvents.Insert(tx, rows) == events.Count)
        {
            foreach (var e in events)
            {
                inserted.Add(e.Id);
            }

            return inserted;
        }

        // Some ids were skipped (the rare case: a retried batch): ask which rows are new.
        var fresh = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = tx.Read(tx.Command(InsertedSinceSql).Set("$seq", before)))
        {
            while (reader.Read())
            {
                fresh.Add(reader.GetString(0));
            }
        }

        foreach (var e in events)
        {
            if (fresh.Remove(e.Id))
            {
                inserted.Add(e.Id);
            }
        }

        return inserted;
    }
}
