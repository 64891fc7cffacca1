namespace SlothActors.Journal.Schema;

/// <summary>Columns of <c>hooks</c>, shared by the journal dialects.</summary>
public static class HookColumns
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Description = "description";

    /// <summary>
    /// The spec's column, holding every pattern of the hook joined by commas
    /// (<c>task.failed,deploy.*</c>); the pattern grammar has no comma, so the join is lossless.
    /// </summary>
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

    public const string Selected =
        $"{Id}, {Name}, {Description}, {EventType}, {FilePath}, {Stack}, {Enabled}, {CreatedAt}, {UpdatedAt}, " +
        $"{LastRun}, {RunCount}, {Script}, {ScriptSha256}, {TimeoutMs}";
}
