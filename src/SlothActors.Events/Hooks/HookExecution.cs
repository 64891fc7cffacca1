namespace SlothActors.Events.Hooks;

/// <summary>One run of one hook on one event, as recorded in <c>event_hook_executions</c>.</summary>
public sealed record HookExecution
{
    /// <summary>Journal-assigned ordering key; 0 before it is recorded.</summary>
    public long Id { get; init; }

    public required string EventId { get; init; }

    public required string HookId { get; init; }

    public required string HookName { get; init; }

    public required bool Success { get; init; }

    public string? Output { get; init; }

    public string? Error { get; init; }

    public required long DurationMs { get; init; }

    public required DateTimeOffset ExecutedAt { get; init; }
}
