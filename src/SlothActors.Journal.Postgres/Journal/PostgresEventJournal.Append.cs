using NpgsqlTypes;
using SlothActors.Events;
using SlothActors.Journal.Postgres.Storage;
using SlothActors.Journal.Schema;
using SlothActors.Journal.Serialization;
using E = SlothActors.Journal.Schema.EventColumns;

namespace SlothActors.Journal.Postgres.Journal;

internal sealed partial class PostgresEventJournal
{
    // One statement per batch: every column travels as one array and unnest turns them back into
    // rows, in batch order (ORDER BY ord), so seq follows the batch. ON CONFLICT DO NOTHING also
    // skips an id repeated inside the batch, and a concurrent insert of the same id waits for the
    // other transaction instead of failing.
    private const string InsertSql =
        $"""
        INSERT INTO {Tables.Events} ({E.Id}, {E.Type}, {E.Data}, {E.Status}, {E.Error}, {E.Timestamp}, {E.CreatedAt},
            {E.ProcessedAt}, {E.Stack}, {E.Source}, {E.Severity}, {E.CorrelationId}, {E.CausationId}, {E.Depth},
            {E.Tags}, {E.Attempts}, {E.Owner}, {E.Extra})
        SELECT u.id, u.type, u.data, u.status, u.error, u.ts, u.created_at, u.processed_at, u.stack, u.source,
            u.severity, u.correlation_id, u.causation_id, u.depth,
            CASE WHEN u.tags IS NULL THEN ARRAY[]::text[] ELSE ARRAY(SELECT json_array_elements_text(u.tags::json)) END,
            u.attempts, @owner, u.extra
        FROM unnest(@id, @type, @data, @status, @error, @ts, @created_at, @processed_at, @stack, @source,
            @severity, @correlation_id, @causation_id, @depth, @tags, @attempts, @extra)
            WITH ORDINALITY AS u(id, type, data, status, error, ts, created_at, processed_at, stack, source,
            severity, correlation_id, causation_id, depth, tags, attempts, extra, ord)
        ORDER BY u.ord
        ON CONFLICT ({E.Id}) DO NOTHING
        """;

    private const string AppendSql = $"{InsertSql} RETURNING {E.Id}";

    public async Task<IReadOnlyList<string>> AppendAsync(IReadOnlyList<Event> events, string? owner, CancellationToken cancellationToken)
    {
        EnsureBatch(events, nameof(events));
        if (events.Count == 0)
        {
            return [];
        }

        var inserted = await PostgresErrors.RetryTransientAsync(() => CommandExecution.ReadAllAsync(AppendCommand(AppendSql, events, owner), r => r.GetString(0), cancellationToken))
            .ConfigureAwait(false);
        return InBatchOrder(events, inserted);
    }

    private Npgsql.NpgsqlCommand AppendCommand(string sql, IReadOnlyList<Event> events, string? owner)
    {
        var n = events.Count;
        var ids = new string[n];
        var types = new string[n];
        var data = new string[n];
        var statuses = new string[n];
        var errors = new string?[n];
        var timestamps = new DateTime[n];
        var createdAt = new DateTime[n];
        var processedAt = new DateTime?[n];
        var stacks = new string?[n];
        var sources = new string?[n];
        var severities = new string[n];
        var correlationIds = new string?[n];
        var causationIds = new string?[n];
        var depths = new int[n];
        var tags = new string?[n];
        var attempts = new int[n];
        var extras = new string?[n];
        for (var i = 0; i < n; i++)
        {
            var e = events[i];
            ids[i] = e.Id;
            types[i] = e.Type;
            data[i] = e.Data;
            statuses[i] = EventStatusNames.ToName(e.Status);
            errors[i] = e.Error;
            timestamps[i] = e.Timestamp.UtcDateTime;
            createdAt[i] = e.CreatedAt.UtcDateTime;
            processedAt[i] = e.ProcessedAt?.UtcDateTime;
            stacks[i] = e.Stack;
            sources[i] = e.Source;
            severities[i] = EventSeverityNames.ToName(e.Severity);
            correlationIds[i] = e.CorrelationId;
            causationIds[i] = e.CausationId;
            depths[i] = e.Depth;
            // Null for no tags: the insert stores it as an empty array.
            tags[i] = e.Tags.Count == 0 ? null : TagsJson.Write(e.Tags);
            attempts[i] = e.Attempts;
            extras[i] = e.Extra;
        }

        return _dataSource.CreateCommand(sql)
            .WithText("owner", owner)
            .WithArray("id", NpgsqlDbType.Text, ids)
            .WithArray("type", NpgsqlDbType.Text, types)
            .WithArray("data", NpgsqlDbType.Text, data)
            .WithArray("status", NpgsqlDbType.Text, statuses)
            .WithArray("error", NpgsqlDbType.Text, errors)
            .WithArray("ts", NpgsqlDbType.TimestampTz, timestamps)
            .WithArray("created_at", NpgsqlDbType.TimestampTz, createdAt)
            .WithArray("processed_at", NpgsqlDbType.TimestampTz, processedAt)
            .WithArray("stack", NpgsqlDbType.Text, stacks)
            .WithArray("source", NpgsqlDbType.Text, sources)
            .WithArray("severity", NpgsqlDbType.Text, severities)
            .WithArray("correlation_id", NpgsqlDbType.Text, correlationIds)
            .WithArray("causation_id", NpgsqlDbType.Text, causationIds)
            .WithArray("depth", NpgsqlDbType.Integer, depths)
            .WithArray("tags", NpgsqlDbType.Text, tags)
            .WithArray("attempts", NpgsqlDbType.Integer, attempts)
            .WithArray("extra", NpgsqlDbType.Text, extras);
    }

    /// <summary>RETURNING promises no order; the contract does, so put the ids back in batch order.</summary>
    private static List<string> InBatchOrder(IReadOnlyList<Event> events, List<string> inserted)
    {
        var pending = new HashSet<string>(inserted, StringComparer.Ordinal);
        var ordered = new List<string>(inserted.Count);
        foreach (var e in events)
        {
            if (pending.Remove(e.Id))
            {
                ordered.Add(e.Id);
            }
        }

        return ordered;
    }
}
