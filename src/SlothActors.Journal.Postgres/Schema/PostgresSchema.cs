using SlothActors.Events;
using SlothActors.Journal.Schema;
using E = SlothActors.Journal.Schema.EventColumns;
using H = SlothActors.Journal.Schema.HookColumns;
using S = SlothActors.Journal.Schema.SecretColumns;
using St = SlothActors.Journal.Schema.StateColumns;
using X = SlothActors.Journal.Schema.ExecutionColumns;

namespace SlothActors.Journal.Postgres.Schema;

/// <summary>
/// The PostgreSQL schema: the same tables and columns as the SQLite journal, in PostgreSQL types.
/// </summary>
/// <remarks>
/// <para>
/// Event data, extra fields and state values are TEXT, not JSONB: JSONB re-serialises (key order,
/// spacing, duplicate keys), and the journal promises to hand back exactly the bytes the producer
/// sent. Nothing queries inside them; a JSONB expression index can be added by a later migration
/// if that changes. Times are <c>timestamptz</c> (microseconds), so operators can read and filter
/// them in psql and retention can use interval arithmetic.
/// </para>
/// <para>
/// <c>seq</c> (an identity) is the primary key and the claim order; the partial index on pending
/// events keeps the claim a short index walk however many finished events the table holds.
/// </para>
/// </remarks>
internal static class PostgresSchema
{
    private const string Statuses =
        $"'{EventStatusNames.Pending}', '{EventStatusNames.Processing}', '{EventStatusNames.Completed}', '{EventStatusNames.Failed}'";

    public static readonly IReadOnlyList<string> Initial =
    [
        $"""
        CREATE TABLE {Tables.Events} (
            {E.Seq} BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            {E.Id} TEXT NOT NULL UNIQUE,
            {E.Type} TEXT NOT NULL,
            {E.Data} TEXT NOT NULL,
            {E.Status} TEXT NOT NULL DEFAULT '{EventStatusNames.Pending}' CHECK ({E.Status} IN ({Statuses})),
            {E.Error} TEXT,
            {E.Timestamp} TIMESTAMPTZ NOT NULL,
            {E.CreatedAt} TIMESTAMPTZ NOT NULL,
            {E.ProcessedAt} TIMESTAMPTZ,
            {E.Stack} TEXT,
            {E.Source} TEXT,
            {E.Severity} TEXT NOT NULL DEFAULT 'info',
            {E.CorrelationId} TEXT,
            {E.CausationId} TEXT,
            {E.Depth} INTEGER NOT NULL DEFAULT 0,
            {E.Tags} TEXT[] NOT NULL DEFAULT ARRAY[]::text[],
            {E.Attempts} INTEGER NOT NULL DEFAULT 0,
            {E.NextAttemptAt} TIMESTAMPTZ,
            {E.Owner} TEXT,
            {E.Extra} TEXT
        )
        """,
        $"CREATE INDEX idx_events_status ON {Tables.Events}({E.Status})",
        $"CREATE INDEX idx_events_pending ON {Tables.Events}({E.Seq}) WHERE {E.Status} = '{EventStatusNames.Pending}'",
        $"CREATE INDEX idx_events_owner ON {Tables.Events}({E.Owner}) WHERE {E.Status} = '{EventStatusNames.Processing}'",
        $"CREATE INDEX idx_events_type ON {Tables.Events}({E.Type})",
        $"CREATE INDEX idx_events_created_at ON {Tables.Events}({E.CreatedAt})",
        $"CREATE INDEX idx_events_timestamp ON {Tables.Events}({E.Timestamp})",
        $"CREATE INDEX idx_events_correlation_id ON {Tables.Events}({E.CorrelationId}) WHERE {E.CorrelationId} IS NOT NULL",
        $"CREATE INDEX idx_events_tags ON {Tables.Events} USING GIN ({E.Tags})",
        $"""
        CREATE TABLE {Tables.Hooks} (
            {H.Id} TEXT PRIMARY KEY,
            {H.Name} TEXT NOT NULL CONSTRAINT {PostgresConstraints.HookName} UNIQUE,
            {H.Description} TEXT,
            {H.EventType} TEXT NOT NULL,
            {H.FilePath} TEXT NOT NULL,
            {H.Stack} TEXT,
            {H.Enabled} BOOLEAN NOT NULL DEFAULT TRUE,
            {H.CreatedAt} TIMESTAMPTZ NOT NULL,
            {H.UpdatedAt} TIMESTAMPTZ NOT NULL,
            {H.LastRun} TIMESTAMPTZ,
            {H.RunCount} BIGINT NOT NULL DEFAULT 0,
            {H.Script} TEXT NOT NULL,
            {H.ScriptSha256} TEXT NOT NULL,
            {H.TimeoutMs} BIGINT
        )
        """,
        $"CREATE INDEX idx_hooks_event_type ON {Tables.Hooks}({H.EventType})",
        $"CREATE INDEX idx_hooks_stack ON {Tables.Hooks}({H.Stack})",
        $"""
        CREATE TABLE {Tables.Executions} (
            {X.Id} BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            {X.EventId} TEXT NOT NULL REFERENCES {Tables.Events}({E.Id}) ON DELETE CASCADE,
            {X.HookId} TEXT NOT NULL REFERENCES {Tables.Hooks}({H.Id}) ON DELETE CASCADE,
            {X.HookName} TEXT NOT NULL,
            {X.Success} BOOLEAN NOT NULL,
            {X.Output} TEXT,
            {X.Error} TEXT,
            {X.DurationMs} BIGINT NOT NULL,
            {X.ExecutedAt} TIMESTAMPTZ NOT NULL
        )
        """,
        $"CREATE INDEX idx_event_hook_executions_event_id ON {Tables.Executions}({X.EventId})",
        $"CREATE INDEX idx_event_hook_executions_hook_id ON {Tables.Executions}({X.HookId})",
        $"""
        CREATE TABLE {Tables.State} (
            {St.Scope} TEXT NOT NULL,
            {St.Key} TEXT NOT NULL,
            {St.Value} TEXT NOT NULL,
            {St.ExpiresAt} TIMESTAMPTZ,
            {St.UpdatedAt} TIMESTAMPTZ NOT NULL,
            PRIMARY KEY ({St.Scope}, {St.Key})
        )
        """,
        $"""
        CREATE TABLE {Tables.Secrets} (
            {S.Scope} TEXT NOT NULL,
            {S.Name} TEXT NOT NULL,
            {S.Nonce} BYTEA NOT NULL,
            {S.Ciphertext} BYTEA NOT NULL,
            {S.Tag} BYTEA NOT NULL,
            {S.UpdatedAt} TIMESTAMPTZ NOT NULL,
            PRIMARY KEY ({S.Scope}, {S.Name})
        )
        """,
    ];
}
