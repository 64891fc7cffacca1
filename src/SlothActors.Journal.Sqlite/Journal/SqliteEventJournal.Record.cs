using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Recording;
using SlothActors.Journal.Schema;
using SlothActors.Journal.Sqlite.Storage;
using E = SlothActors.Journal.Schema.EventColumns;
using H = SlothActors.Journal.Schema.HookColumns;
using X = SlothActors.Journal.Schema.ExecutionColumns;

namespace SlothActors.Journal.Sqlite.Journal;

internal sealed partial class SqliteEventJournal
{
    // Executions of an event or hook deleted meanwhile are dropped instead of failing the
    // foreign key and with it the whole batch. The event's existence is learnt from its status
    // update (run first), the hook's once per batch, so each row pays only the foreign-key checks.
    private static readonly RowBatchInsert<(string EventId, HookExecution Execution)> InsertExecutions = new(
        $"""
        INSERT INTO {Tables.Executions} ({X.EventId}, {X.HookId}, {X.HookName}, {X.Success}, {X.Output}, {X.Error},
            {X.DurationMs}, {X.ExecutedAt})
        """,
        "(?, ?, ?, ?, ?, ?, ?, ?)",
        string.Empty,
        static (s, i, row) =>
        {
            var x = row.Execution;
            s.Bind(i, row.EventId)
                .Bind(i + 1, x.HookId)
                .Bind(i + 2, x.HookName)
                .Bind(i + 3, x.Success ? 1L : 0L)
                .Bind(i + 4, x.Output)
                .Bind(i + 5, x.Error)
                .Bind(i + 6, x.DurationMs)
                .Bind(i + 7, UnixMs.From(x.ExecutedAt));
        });

    private const string HookExistsSql = $"SELECT 1 FROM {Tables.Hooks} WHERE {H.Id} = $id";

    private const string BumpHookSql =
        $"""
        UPDATE {Tables.Hooks}
        SET {H.RunCount} = {H.RunCount} + $runs, {H.LastRun} = MAX(COALESCE({H.LastRun}, $last_run), $last_run)
        WHERE {H.Id} = $id
        """;

    private const string SetOutcomeSql =
        $"""
        UPDATE {Tables.Events}
        SET {E.Status} = $status, {E.Error} = $error, {E.ProcessedAt} = $processed_at, {E.NextAttemptAt} = $next, {E.Owner} = NULL,
            {E.Attempts} = COALESCE($attempts, {E.Attempts})
        WHERE {E.Id} = $id
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

        await _database.Writer.WriteAsync(tx => Record(tx, outcomes), cancellationToken).ConfigureAwait(false);
    }

    private static bool Record(WriteTransaction tx, IReadOnlyList<EventOutcome> outcomes)
    {
        var executions = new List<(string, HookExecution)>(outcomes.Count);
        var setOutcome = tx.Statement(SetOutcomeSql);
        var runs = new Dictionary<string, (long Count, long LastRun)>(StringComparer.Ordinal);
        var hookExists = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            var final = outcome.Status != EventStatus.Pending;
            var found = setOutcome.Set("$id", outcome.EventId)
                .Set("$status", EventStatusNames.ToName(outcome.Status))
                .Set("$error", outcome.Error)
                .Set("$processed_at", final ? UnixMs.From(outcome.ProcessedAt) : null)
                .Set("$next", final ? null : UnixMs.From(outcome.NextAttemptAt))
                .Set("$attempts", outcome.Attempts is { } attempts ? (long)attempts : null)
                .Execute() == 1;
            if (!found)
            {
                continue;
            }

            foreach (var x in outcome.Executions)
            {
                if (!HookExists(tx, hookExists, x.HookId))
                {
                    continue;
                }

                var executedAt = UnixMs.From(x.ExecutedAt);
                executions.Add((outcome.EventId, x));
                runs[x.HookId] = runs.TryGetValue(x.HookId, out var r)
                    ? (r.Count + 1, Math.Max(r.LastRun, executedAt))
                    : (1, executedAt);
            }
        }

        InsertExecutions.Insert(tx, executions);
        var bump = tx.Command(BumpHookSql);
        foreach (var (hookId, run) in runs)
        {
            tx.Execute(bump.Set("$id", hookId).Set("$runs", run.Count).Set("$last_run", run.LastRun));
        }

        return true;
    }

    private static bool HookExists(WriteTransaction tx, Dictionary<string, bool> known, string hookId)
    {
        if (!known.TryGetValue(hookId, out var exists))
        {
            exists = tx.Scalar(tx.Command(HookExistsSql).Set("$id", hookId)) is not null;
            known[hookId] = exists;
        }

        return exists;
    }
}
