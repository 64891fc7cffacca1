using Microsoft.Data.Sqlite;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Queries;
using SlothActors.Journal.Schema;
using SlothActors.Journal.Serialization;
using SlothActors.Journal.Sqlite.Storage;
using E = SlothActors.Journal.Schema.EventColumns;
using H = SlothActors.Journal.Schema.HookColumns;
using X = SlothActors.Journal.Schema.ExecutionColumns;

namespace SlothActors.Journal.Sqlite.Journal;

internal sealed partial class SqliteEventJournal
{
    private const string GetEventSql = $"SELECT {E.Selected} FROM {Tables.Events} WHERE {E.Id} = $id";

    // One JSON array parameter instead of one parameter per id: no statement per batch size.
    private const string GetEventsSql = $"SELECT {E.Selected} FROM {Tables.Events} WHERE {E.Id} IN (SELECT value FROM json_each($ids))";

    // idx_events_status holds (status, rowid) and seq is the rowid: a range scan, whatever the table's size.
    private const string PendingIdsSql =
        $"SELECT {E.Seq}, {E.Id} FROM {Tables.Events} WHERE {E.Status} = 'pending' AND {E.Seq} > $after ORDER BY {E.Seq} LIMIT $limit";

    private const string ByCorrelationSql =
        $"SELECT {E.Selected} FROM {Tables.Events} WHERE {E.CorrelationId} = $id ORDER BY {E.Timestamp}, {E.Seq} LIMIT $limit";

    private const string InRange = $"($start IS NULL OR {E.Timestamp} >= $start) AND ($end IS NULL OR {E.Timestamp} <= $end)";

    private const string ExecutionsOfSql =
        $"SELECT {X.Selected} FROM {Tables.Executions} WHERE {X.EventId} = $id ORDER BY {X.Id}";

    private const string HookHistorySql =
        $"""
        SELECT {X.Selected} FROM {Tables.Executions}
        WHERE {X.HookId} = (SELECT {H.Id} FROM {Tables.Hooks} WHERE {H.Name} = $name)
        ORDER BY {X.Id} DESC LIMIT $limit
        """;

    private const string CountByStatusSql = $"SELECT {E.Status}, COUNT(*) FROM {Tables.Events} GROUP BY {E.Status}";

    public Task<Event?> GetEventAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        return Task.FromResult(_database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = GetEventSql;
            using var reader = command.With("$id", eventId).ExecuteReader();
            return reader.Read() ? EventRows.Read(reader) : null;
        }));
    }

    public Task<IReadOnlyList<Event>> GetEventsAsync(IReadOnlyList<string> eventIds, CancellationToken cancellationToken)
    {
        EnsureBatch(eventIds, nameof(eventIds));
        if (eventIds.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Event>>([]);
        }

        var ids = TagsJson.Write(eventIds);
        return Task.FromResult<IReadOnlyList<Event>>(_database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = GetEventsSql;
            using var reader = command.With("$ids", ids).ExecuteReader();
            return EventRows.ReadAll(reader);
        }));
    }

    public Task<IReadOnlyList<(long Seq, string Id)>> PendingIdsAsync(long afterSeq, int limit, CancellationToken cancellationToken)
    {
        EnsureLimit(limit);
        return Task.FromResult<IReadOnlyList<(long Seq, string Id)>>(_database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = PendingIdsSql;
            using var reader = command.With("$after", afterSeq).With("$limit", (long)limit).ExecuteReader();
            var ids = new List<(long, string)>(limit);
            while (reader.Read())
            {
                ids.Add((reader.GetInt64(0), reader.GetString(1)));
            }

            return ids;
        }));
    }

    public Task<IReadOnlyList<Event>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.EnsureValid();
        return Task.FromResult<IReadOnlyList<Event>>(_database.Read(c =>
        {
            using var command = c.CreateCommand();
            EventQuerySql.Build(command, query);
            using var reader = command.ExecuteReader();
            return EventRows.ReadAll(reader);
        }));
    }

    public Task<IReadOnlyList<Event>> ByCorrelationAsync(string correlationId, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(correlationId);
        EnsureLimit(limit);
        return Task.FromResult<IReadOnlyList<Event>>(_database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = ByCorrelationSql;
            using var reader = command.With("$id", correlationId).With("$limit", limit).ExecuteReader();
            return EventRows.ReadAll(reader);
        }));
    }

    public Task<EventStats> StatsAsync(DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken) =>
        Task.FromResult(_database.Read(c =>
        {
            // One read transaction: the three counts come from the same snapshot and agree.
            using var snapshot = c.BeginTransaction(deferred: true);
            var bySource = CountBy(snapshot, $"COALESCE({E.Source}, '')", start, end);
            return new EventStats(
                bySource.Values.Sum(),
                bySource,
                CountBy(snapshot, E.Type, start, end),
                CountBy(snapshot, E.Severity, start, end),
                start,
                end);
        }));

    public Task<IReadOnlyList<HookExecution>> ExecutionsOfAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        return Task.FromResult<IReadOnlyList<HookExecution>>(_database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = ExecutionsOfSql;
            using var reader = command.With("$id", eventId).ExecuteReader();
            return ExecutionRows.ReadAll(reader);
        }));
    }

    public Task<IReadOnlyList<HookExecution>> HookHistoryAsync(string hookName, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hookName);
        EnsureLimit(limit);
        return Task.FromResult<IReadOnlyList<HookExecution>>(_database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = HookHistorySql;
            using var reader = command.With("$name", hookName).With("$limit", limit).ExecuteReader();
            return ExecutionRows.ReadAll(reader);
        }));
    }

    public Task<IReadOnlyDictionary<EventStatus, long>> CountByStatusAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<EventStatus, long>>(_database.Read(c =>
        {
            var counts = Enum.GetValues<EventStatus>().ToDictionary(s => s, _ => 0L);
            using var command = c.CreateCommand();
            command.CommandText = CountByStatusSql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (EventStatusNames.TryParse(reader.GetString(0), out var status))
                {
                    counts[status] = reader.GetInt64(1);
                }
            }

            return counts;
        }));

    private static Dictionary<string, long> CountBy(SqliteTransaction snapshot, string expression, DateTimeOffset? start, DateTimeOffset? end)
    {
        using var command = snapshot.Connection!.CreateCommand();
        command.Transaction = snapshot;
        command.CommandText = $"SELECT {expression}, COUNT(*) FROM {Tables.Events} WHERE {InRange} GROUP BY 1";
        using var reader = command.With("$start", UnixMs.From(start)).With("$end", UnixMs.From(end)).ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
