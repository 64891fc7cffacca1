using SlothActors.Journal.Schema;
using E = SlothActors.Journal.Schema.EventColumns;
using H = SlothActors.Journal.Schema.HookColumns;
using S = SlothActors.Journal.Schema.SecretColumns;
using St = SlothActors.Journal.Schema.StateColumns;
using X = SlothActors.Journal.Schema.ExecutionColumns;

namespace SlothActors.Journal.Sqlite.Schema;

/// <summary>
/// The SQLite schema: the spec's three tables with their columns and indexes, plus the columns
/// the architecture adds and the state and secret tables. Times are Unix milliseconds.
/// </summary>
/// <remarks>
/// <c>events.seq</c> is the rowid, so inserts append to the table b-tree and the status index
/// (which carries the rowid) already yields pending events oldest first. <c>id</c> keeps the
/// spec's role as the key through a UNIQUE constraint that executions reference.
/// </remarks>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<string> Initial =
    [
        $"""
        CREATE TABLE {Tables.Events} (
            {E.Seq} INTEGER PRIMARY KEY,
            {E.Id} TEXT NOT NULL UNIQUE,
            {E.Type} TEXT NOT NULL,
            {E.Data} TEXT NOT NULL,
            {E.Status} TEXT NOT NULL DEFAULT 'pending',
            {E.Error} TEXT,
            {E.Timestamp} INTEGER NOT NULL,
            {E.CreatedAt} INTEGER NOT NULL,
            {E.ProcessedAt} INTEGER,
            {E.Stack} TEXT,
            {E.Source} TEXT,
            {E.Severity} TEXT NOT NULL DEFAULT 'info',
            {E.CorrelationId} TEXT,
            {E.CausationId} TEXT,
            {E.Depth} INTEGER NOT NULL DEFAULT 0,
            {E.Tags} TEXT NOT NULL DEFAULT '[]',
            {E.Attempts} INTEGER NOT NULL DEFAULT 0,
            {E.NextAttemptAt} INTEGER,
            {E.Owner} TEXT,
            {E.Extra} TEXT
        )
        """,
        $"CREATE INDEX idx_events_status ON {Tables.Events}({E.Status})",
        $"CREATE INDEX idx_events_type ON {Tables.Events}({E.Type})",
        $"CREATE INDEX idx_events_created_at ON {Tables.Events}({E.CreatedAt})",
        $"CREATE INDEX idx_events_timestamp ON {Tables.Events}({E.Timestamp})",
        $"CREATE INDEX idx_events_correlation_id ON {Tables.Events}({E.CorrelationId}) WHERE {E.CorrelationId} IS NOT NULL",
        $"""
        CREATE TABLE {Tables.Hooks} (
            {H.Id} TEXT PRIMARY KEY,
            {H.Name} TEXT UNIQUE NOT NULL,
            {H.Description} TEXT,
            {H.EventType} TEXT NOT NULL,
            {H.FilePath} TEXT NOT NULL,
            {H.Stack} TEXT,
            {H.Enabled} INTEGER NOT NULL DEFAULT 1,
            {H.CreatedAt} INTEGER NOT NULL,
            {H.UpdatedAt} INTEGER NOT NULL,
            {H.LastRun} INTEGER,
            {H.RunCount} INTEGER NOT NULL DEFAULT 0,
            {H.Script} TEXT NOT NULL,
            {H.ScriptSha256} TEXT NOT NULL,
            {H.TimeoutMs} INTEGER
        )
        """,
        $"CREATE INDEX idx_hooks_event_type ON {Tables.Hooks}({H.EventType})",
        $"CREATE INDEX idx_hooks_stack ON {Tables.Hooks}({H.Stack})",
        $"""
        CREATE TABLE {Tables.Executions} (
            {X.Id} INTEGER PRIMARY KEY AUTOINCREMENT,
            {X.EventId} TEXT NOT NULL,
            {X.HookId} TEXT NOT NULL,
            {X.HookName} TEXT NOT NULL,
            {X.Success} INTEGER NOT NULL,
            {X.Output} TEXT,
            {X.Error} TEXT,
            {X.DurationMs} INTEGER NOT NULL,
            {X.ExecutedAt} INTEGER NOT NULL,
            FOREIGN KEY ({X.EventId}) REFERENCES {Tables.Events}({E.Id}) ON DELETE CASCADE,
            FOREIGN KEY ({X.HookId}) REFERENCES {Tables.Hooks}({H.Id}) ON DELETE CASCADE
        )
        """,
        $"CREATE INDEX idx_event_hook_executions_event_id ON {Tables.Executions}({X.EventId})",
        $"CREATE INDEX idx_event_hook_executions_hook_id ON {Tables.Executions}({X.HookId})",
        $"""
        CREATE TABLE {Tables.State} (
            {St.Scope} TEXT NOT NULL,
            {St.Key} TEXT NOT NULL,
            {St.Value} TEXT NOT NULL,
            {St.ExpiresAt} INTEGER,
            {St.UpdatedAt} INTEGER NOT NULL,
            PRIMARY KEY ({St.Scope}, {St.Key})
        ) WITHOUT ROWID
        """,
        $"""
        CREATE TABLE {Tables.Secrets} (
            {S.Scope} TEXT NOT NULL,
            {S.Name} TEXT NOT NULL,
            {S.Nonce} BLOB NOT NULL,
            {S.Ciphertext} BLOB NOT NULL,
            {S.Tag} BLOB NOT NULL,
            {S.UpdatedAt} INTEGER NOT NULL,
            PRIMARY KEY ({S.Scope}, {S.Name})
        ) WITHOUT ROWID
        """,
    ];
}
