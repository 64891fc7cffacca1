using Npgsql;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Postgres.Storage;

namespace SlothActors.Journal.Postgres.Journal;

/// <summary>Reads executions selected with <c>ExecutionColumns.Selected</c>.</summary>
internal static class ExecutionRows
{
    public static HookExecution Read(NpgsqlDataReader r) => new()
    {
        Id = r.GetInt64(0),
        EventId = r.GetString(1),
        HookId = r.GetString(2),
        HookName = r.GetString(3),
        Success = r.GetBoolean(4),
        Output = r.StringOrNull(5),
        Error = r.StringOrNull(6),
        DurationMs = r.GetInt64(7),
        ExecutedAt = r.Time(8),
    };
}
