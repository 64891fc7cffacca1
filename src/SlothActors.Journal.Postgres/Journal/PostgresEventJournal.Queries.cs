using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Postgres.Storage;
using SlothActors.Journal.Queries;
using SlothActors.Journal.Schema;
using E = SlothActors.Journal.Schema.EventColumns;
using H = SlothActors.Journal.Schema.HookColumns;
using X = SlothActors.Journal.Schema.ExecutionColumns;

namespace SlothActors.Journal.Postgres.Journal;

internal sealed partial class PostgresEventJournal
{
    private const string GetEventSql = $"SELECT {E.Selected} FROM {Tables.Events} WHERE {E.Id} = @id";

    private const string PendingIdsSql =
        $"SELECT {E.Seq}, {E.Id} FROM {Tables.Events} WHERE {E.Status} = 'pending' AND {E.Seq} > @after ORDER BY {E.Seq} LIMIT @limit";

    private const string GetEventsSql = $"SELECT {E.Selected} FROM {Tables.Events} WHERE {E.Id} = ANY(@ids)";

    private const string ByCorrelationSql =
        $"SELECT {E.Selected} FROM {Tables.Events} WHERE {E.CorrelationId} = @id ORDER BY {E.Timestamp}, {E.Seq} LIMIT @limit";

    private const string InRange = $"(@start::timestamptz IS NULL OR {E.Timestamp} >= @start) AND (@end::timestamptz IS NULL OR {E.Timestamp} <= @end)";

    // One statement, so the three breakdowns come from one snapshot and agree with each other.
    private const string StatsSql =
        $"""
        SELECT 0, COALESCE({E.Source}, ''), count(*) FROM {Tables.Events} WHERE {InRange} GROUP BY 2
        UNION ALL SELECT 1, {E.Type}, count(*) FROM {Tables.Events} WHERE {InRange} GROUP BY 2
        UNION ALL SELECT 2, {E.Severity}, count(*) FROM {Tables.Events} WHERE {InRange} GROUP BY 2
        """;

    private const string ExecutionsOfSql =
        $"SELECT {X.Selected} FROM {Tables.Executions} WHERE {X.EventId} = @id ORDER BY {X.Id}";

    private const string HookHistorySql =
        $"""
        SELECT {X.Selected} FROM {Tables.Executions}
        WHERE {X.HookId} = (SELECT {H.Id} FROM {Tables.Hooks} WHERE {H.Name} = @name)
        ORDER BY {X.Id} DESC LIMIT @limit
        """;

    private const string CountByStatusSql = $"SELECT {E.Status}, count(*) FROM {Tables.Events} GROUP BY {E.Status}";

    public async Task<Event?> GetEventAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        var rows = await CommandExecution.ReadAllAsync(_dataSource.CreateCommand(GetEventSql).WithText("id", eventId), EventRows.Read, cancellationToken)
            .ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<Event>> GetEventsAsync(IReadOnlyList<string> eventIds, CancellationToken cancellationToken)
    {
        EnsureBatch(eventIds, nameof(eventIds));
        if (eventIds.Count == 0)
        {
            return [];
        }

        var command = _dataSource.CreateCommand(GetEventsSql).WithArray("ids", NpgsqlTypes.NpgsqlDbType.Text, eventIds.ToArray());
        return await CommandExecution.ReadAllAsync(command, EventRows.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<(long Seq, string Id)>> PendingIdsAsync(long afterSeq, int limit, CancellationToken cancellationToken)
    {
        EnsureLimit(limit);
        var command = _dataSource.CreateCommand(PendingIdsSql);
        command.Parameters.AddWithValue("after", afterSeq);
        command.Parameters.AddWithValue("limit", limit);
        return await CommandExecution.ReadAllAsync(command, static r => (r.GetInt64(0), r.GetString(1)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Event>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.EnsureValid();
        var command = _dataSource.CreateCommand();
        EventQuerySql.Build(command, query);
        return await CommandExecution.ReadAllAsync(command, EventRows.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Event>> ByCorrelationAsync(string correlationId, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(correlationId);
        EnsureLimit(limit);
        var command = _dataSource.CreateCommand(ByCorrelationSql).WithText("id", correlationId).With("limit", limit);
        return await CommandExecution.ReadAllAsync(command, EventRows.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<EventStats> StatsAsync(DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken)
    {
        var command = _dataSource.CreateCommand(StatsSql).WithTime("start", start).WithTime("end", end);
        var rows = await CommandExecution.ReadAllAsync(command, r => (Dimension: r.GetInt32(0), Key: r.GetString(1), Count: r.GetInt64(2)), cancellationToken)
            .ConfigureAwait(false);
        Dictionary<string, long> Of(int dimension) =>
            rows.Where(r => r.Dimension == dimension).ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal);
        var bySource = Of(0);
        return new EventStats(bySource.Values.Sum(), bySource, Of(1), Of(2), start, end);
    }

    public async Task<IReadOnlyList<HookExecution>> ExecutionsOfAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        return await CommandExecution.ReadAllAsync(_dataSource.CreateCommand(ExecutionsOfSql).WithText("id", eventId), ExecutionRows.Read, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<HookExecution>> HookHistoryAsync(string hookName, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hookName);
        EnsureLimit(limit);
        var command = _dataSource.CreateCommand(HookHistorySql).WithText("name", hookName).With("limit", limit);
        return await CommandExecution.ReadAllAsync(command, ExecutionRows.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<EventStatus, long>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        var rows = await CommandExecution.ReadAllAsync(_dataSource.CreateCommand(CountByStatusSql), r => (Status: r.GetString(0), Count: r.GetInt64(1)), cancellationToken)
            .ConfigureAwait(false);
        var counts = Enum.GetValues<EventStatus>().ToDictionary(s => s, _ => 0L);
        foreach (var (text, count) in rows)
        {
            if (EventStatusNames.TryParse(text, out var status))
            {
                counts[status] = count;
            }
        }

        return counts;
    }
}
