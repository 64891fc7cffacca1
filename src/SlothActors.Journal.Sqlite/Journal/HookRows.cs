using Microsoft.Data.Sqlite;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Sqlite.Storage;

namespace SlothActors.Journal.Sqlite.Journal;

/// <summary>Reads hooks selected with <see cref="Schema.HookColumns.Selected"/>.</summary>
internal static class HookRows
{
    public const char PatternSeparator = ',';

    public static string JoinPatterns(IReadOnlyList<string> patterns) => string.Join(PatternSeparator, patterns);

    public static HookDefinition Read(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        Name = r.GetString(1),
        Description = r.StringOrNull(2),
        EventTypes = r.GetString(3).Split(PatternSeparator, StringSplitOptions.RemoveEmptyEntries),
        FilePath = r.GetString(4),
        Stack = r.StringOrNull(5),
        Enabled = r.GetInt64(6) != 0,
        CreatedAt = r.Time(7),
        UpdatedAt = r.Time(8),
        LastRun = r.TimeOrNull(9),
        RunCount = r.GetInt64(10),
        Script = r.GetString(11),
        ScriptSha256 = r.GetString(12),
        Timeout = r.Int64OrNull(13) is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
    };

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
