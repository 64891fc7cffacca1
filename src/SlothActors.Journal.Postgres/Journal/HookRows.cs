using Npgsql;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Postgres.Storage;

namespace SlothActors.Journal.Postgres.Journal;

/// <summary>Reads hooks selected with <see cref="Schema.HookColumns.Selected"/>.</summary>
internal static class HookRows
{
    public const char PatternSeparator = ',';

    public static string JoinPatterns(IReadOnlyList<string> patterns) => string.Join(PatternSeparator, patterns);

    public static HookDefinition Read(NpgsqlDataReader r) => new()
    {
        Id = r.GetString(0),
        Name = r.GetString(1),
        Description = r.StringOrNull(2),
        EventTypes = r.GetString(3).Split(PatternSeparator, StringSplitOptions.RemoveEmptyEntries),
        FilePath = r.GetString(4),
        Stack = r.StringOrNull(5),
        Enabled = r.GetBoolean(6),
        CreatedAt = r.Time(7),
        UpdatedAt = r.Time(8),
        LastRun = r.TimeOrNull(9),
        RunCount = r.GetInt64(10),
        Script = r.GetString(11),
        ScriptSha256 = r.GetString(12),
        Timeout = r.Int64OrNull(13) is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
    };
}
