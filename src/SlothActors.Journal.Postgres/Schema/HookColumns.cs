namespace SlothActors.Journal.Postgres.Schema;

/// <summary>Columns of <c>hooks</c>.</summary>
internal static class HookColumns
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Description = "description";

    /// <summary>Every pattern of the hook joined by commas, as in SQLite; the pattern grammar has no comma.</summary>
    public const string EventType = "event_type";
    public const string FilePath = "file_path";
    public const string Stack = "stack";
    public const string Enabled = "enabled";
    public const string CreatedAt = "created_at";
    public const string UpdatedAt = "updated_at";
    public const string LastRun = "last_run";
    public const string RunCount = "run_count";
    public const string Script = "script";
    public const string ScriptSha256 = "script_sha256";
    public const string TimeoutMs = "timeout_ms";

    /// <summary>Named so a duplicate name can be told apart from any other unique violation.</summary>
    public const string NameConstraint = "hooks_name_unique";

    public const string Selected =
        $"{Id}, {Name}, {Description}, {EventType}, {FilePath}, {Stack}, {Enabled}, {CreatedAt}, {UpdatedAt}, " +
        $"{LastRun}, {RunCount}, {Script}, {ScriptSha256}, {TimeoutMs}";
}
