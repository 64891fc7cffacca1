namespace SlothActors.Journal.Schema;

/// <summary>Columns of <c>event_hook_executions</c>, shared by the journal dialects.</summary>
public static class ExecutionColumns
{
    public const string Id = "id";
    public const string EventId = "event_id";
    public const string HookId = "hook_id";
    public const string HookName = "hook_name";
    public const string Success = "success";
    public const string Output = "output";
    public const string Error = "error";
    public const string DurationMs = "duration_ms";
    public const string ExecutedAt = "executed_at";

    public const string Selected =
        $"{Id}, {EventId}, {HookId}, {HookName}, {Success}, {Output}, {Error}, {DurationMs}, {ExecutedAt}";
}
