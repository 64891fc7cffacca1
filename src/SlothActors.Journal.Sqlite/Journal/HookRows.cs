using Microsoft.Data.Sqlite;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Rows;

namespace SlothActors.Journal.Sqlite.Journal;

/// <summary>Binds <see cref="HookRowReader"/> to SQLite's row values.</summary>
internal static class HookRows
{
    public static string JoinPatterns(IReadOnlyList<string> patterns) => HookRowReader.JoinPatterns(patterns);

    public static HookDefinition Read(SqliteDataReader r) => HookRowReader.Read(r, SqliteRowDialect.Instance);

    public static List<HookDefinition> ReadAll(SqliteDataReader reader)
    {
        var hooks = new List<HookDefinition>();
        while (reader.Read())
        {
            hooks.Add(Read(reader));
        }

        return hooks;
    }
}
