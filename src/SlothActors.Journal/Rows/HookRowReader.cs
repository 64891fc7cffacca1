using System.Data.Common;
using SlothActors.Events.Hooks;

namespace SlothActors.Journal.Rows;

/// <summary>Reads hooks selected with <see cref="Schema.HookColumns.Selected"/>; shared by the journal dialects.</summary>
public static class HookRowReader
{
    public const char PatternSeparator = ',';

    public static string JoinPatterns(IReadOnlyList<string> patterns) => string.Join(PatternSeparator, patterns);

    // GetBoolean reads SQLite's 0/1 integer as well as PostgreSQL's boolean.
    public static HookDefinition Read(DbDataReader r, IRowDialect dialect) => new()
    {
        Id = r.GetString(0),
        Name = r.GetString(1),
        Description = r.StringOrNull(2),
        EventTypes = r.GetString(3).Split(PatternSeparator, StringSplitOptions.RemoveEmptyEntries),
        FilePath = r.GetString(4),
        Stack = r.StringOrNull(5),
        Enabled = r.GetBoolean(6),
        CreatedAt = dialect.Time(r, 7),
        UpdatedAt = dialect.Time(r, 8),
        LastRun = r.TimeOrNull(9, dialect),
        RunCount = r.GetInt64(10),
        Script = r.GetString(11),
        ScriptSha256 = r.GetString(12),
        Timeout = r.Int64OrNull(13) is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
    };
}
