using NpgsqlTypes;
using SlothActors.Events;
using SlothActors.Journal.Postgres.Storage;
using SlothActors.Journal.Recording;
using SlothActors.Journal.Schema;
using E = SlothActors.Journal.Schema.EventColumns;
using H = SlothActors.Journal.Schema.HookColumns;
using X = SlothActors.Journal.Schema.ExecutionColumns;

namespace SlothActors.Journal.Postgres.Journal;

internal sealed partial class PostgresEventJournal
{
    // One statement, so one round trip and one transaction: insert the executions, count what was
    // really inserted per hook, bump those hooks, and set the events' outcomes. The EXISTS guards
    // drop an execution whose event or hook was deleted meanwhile instead of failing the foreign
    // key and with it the whole batch; run_count counts only the rows that went in.
    private const string RecordSql =
        $"""
        WITH inserted AS (
            INSERT INTO {Tables.Executions} ({X.EventId}, {X.HookId}, {X.HookName}, {X.Success}, {X.Output}, {X.Error},
                {X.DurationMs}, {X.ExecutedAt})
            SELECT x.event_id, x.hook_id, x.hook_name, x.success, x.output, x.error, x.duration_ms, x.executed_at
            FROM unnest(@x_event, @x_hook, @x_name, @x_success, @x_output, @x_error, @x_duration, @x_at)
                WITH ORDINALITY AS x(event_id, hook_id, hook_name, success, output, error, duration_ms, executed_at, ord)
            WHERE EXISTS (SELECT 1 FROM {Tables.Events} e WHERE e.{E.Id} = x.event_id)
              AND EXISTS (SELECT 1 FROM {Tables.Hooks} h WHERE h.{H.Id} = x.hook_id)
            ORDER BY x.ord
            RETURNING {X.HookId}, {X.ExecutedAt}
        ), bumped AS (
            UPDATE {Tables.Hooks} h
            SET {H.RunCount} = h.{H.RunCount} + r.runs, {H.LastRun} = GREATEST(h.{H.LastRun}, r.last_run)
            FROM (SELECT {X.HookId}, count(*) AS runs, max({X.ExecutedAt}) AS last_run FROM inserted GROUP BY {X.HookId}) r
            WHERE h.{H.Id} = r.{X.HookId}
        )
        UPDATE {Tables.Events} e
        SET {E.Status} = o.status, {E.Error} = o.error, {E.ProcessedAt} = o.processed_at,
            {E.NextAttemptAt} = o.next_attempt_at, {E.Owner} = NULL, {E.Attempts} = COALESCE(o.attempts, e.{E.Attempts})
        FROM unnest(@o_id, @o_status, @o_error, @o_processed, @o_next, @o_attempts)
            AS o(id, status, error, processed_at, next_attempt_at, attempts)
        WHERE e.{E.Id} = o.id
        """;

    public async Task RecordAsync(IReadOnlyList<EventOutcome> outcomes, CancellationToken cancellationToken)
    {
        EnsureBatch(outcomes, nameof(outcomes));
        foreach (var outcome in outcomes)
        {
            if (outcome.Status == EventStatus.Processing)
            {
                throw new ArgumentException(
                    $"event {outcome.EventId}: an outcome is completed, failed, or pending (a retry), never processing.",
                    nameof(outcomes));
            }
        }

        if (outcomes.Count == 0)
        {
            return;
        }

        // Concurrent batches lock the same hook rows in whatever order their plans visit them.
        await PostgresErrors.RetryTransientAsync(() => CommandExecution.ExecuteOnceAsync(RecordCommand(outcomes), cancellationToken)).ConfigureAwait(false);
    }

    private Npgsql.NpgsqlCommand RecordCommand(IReadOnlyList<EventOutcome> outcomes)
    {
        var executionCount = outcomes.Sum(o => o.Executions.Count);
        var xEvent = new string[executionCount];
        var xHook = new string[executionCount];
        var xName = new string[executionCount];
        var xSuccess = new bool[executionCount];
        var xOutput = new string?[executionCount];
        var xError = new string?[executionCount];
        var xDuration = new long[executionCount];
        var xAt = new DateTime[executionCount];
        var oId = new string[outcomes.Count];
        var oStatus = new string[outcomes.Count];
        var oError = new string?[outcomes.Count];
        var oProcessed = new DateTime?[outcomes.Count];
        var oNext = new DateTime?[outcomes.Count];
        var oAttempts = new int?[outcomes.Count];
        var j = 0;
        for (var i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            foreach (var x in outcome.Executions)
            {
                xEvent[j] = outcome.EventId;
                xHook[j] = x.HookId;
                xName[j] = x.HookName;
                xSuccess[j] = x.Success;
                xOutput[j] = x.Output;
                xError[j] = x.Error;
                xDuration[j] = x.DurationMs;
                xAt[j] = x.ExecutedAt.UtcDateTime;
                j++;
            }

            var final = outcome.Status != EventStatus.Pending;
            oId[i] = outcome.EventId;
            oStatus[i] = EventStatusNames.ToName(outcome.Status);
            oError[i] = outcome.Error;
            oProcessed[i] = final ? outcome.ProcessedAt.UtcDateTime : null;
            oNext[i] = final ? null : outcome.NextAttemptAt?.UtcDateTime;
            oAttempts[i] = outcome.Attempts;
        }

        return _dataSource.CreateCommand(RecordSql)
            .WithArray("x_event", NpgsqlDbType.Text, xEvent)
            .WithArray("x_hook", NpgsqlDbType.Text, xHook)
            .WithArray("x_name", NpgsqlDbType.Text, xName)
            .WithArray("x_success", NpgsqlDbType.Boolean, xSuccess)
            .WithArray("x_output", NpgsqlDbType.Text, xOutput)
            .WithArray("x_error", NpgsqlDbType.Text, xError)
            .WithArray("x_duration", NpgsqlDbType.Bigint, xDuration)
            .WithArray("x_at", NpgsqlDbType.TimestampTz, xAt)
            .WithArray("o_id", NpgsqlDbType.Text, oId)
            .WithArray("o_status", NpgsqlDbType.Text, oStatus)
            .WithArray("o_error", NpgsqlDbType.Text, oError)
            .WithArray("o_processed", NpgsqlDbType.TimestampTz, oProcessed)
            .WithArray("o_next", NpgsqlDbType.TimestampTz, oNext)
            .WithArray("o_attempts", NpgsqlDbType.Integer, oAttempts);
    }
}
