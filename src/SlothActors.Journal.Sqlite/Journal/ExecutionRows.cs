using Microsoft.Data.Sqlite;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Sqlite.Storage;

namespace SlothActors.Journal.Sqlite.Journal;

/// <summary>Reads executions selected with <c>ExecutionColumns.Selected</c>.</summary>
internal static class ExecutionRows
{
    public static List<HookExecution> ReadAll(SqliteDataReader r)
    {
        var executions = new List<HookExecution>();
        while (r.Read())
        {
            executions.Add(new HookExecution
            {
                Id = r.GetInt64(0),
                EventId = r.GetString(1),
                HookId = r.GetString(2),
                HookName = r.GetString(3),
                Success = r.GetInt64(4) != 0,
                Output = r.StringOrNull(5),
                Error = r.StringOrNull(6),
                DurationMs = r.GetInt64(7),
                ExecutedAt = r.Time(8),
            });
        }

        return executions;
    }
}
