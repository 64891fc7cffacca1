using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Execution;

/// <summary>Builds <see cref="HookExecution"/> rows with bounded text, so one chatty hook cannot bloat the journal.</summary>
internal static class ExecutionRecords
{
    public const int MaxOutputChars = 64 * 1024;
    public const int MaxErrorChars = 4 * 1024;

    public static HookExecution From(HookDefinition hook, Event evt, HookRunResult result, TimeSpan duration, DateTimeOffset executedAt) =>
        new()
        {
            EventId = evt.Id,
            HookId = hook.Id,
            HookName = hook.Name,
            Success = result.Success,
            Output = Truncate(result.Output, MaxOutputChars),
            Error = result.Success ? null : Truncate(result.Error ?? "hook failed without a message", MaxErrorChars),
            DurationMs = (long)duration.TotalMilliseconds,
            ExecutedAt = executedAt,
        };

    public static HookExecution Failed(HookDefinition hook, Event evt, string error, TimeSpan duration, DateTimeOffset executedAt) =>
        From(hook, evt, HookRunResult.Failed(error), duration, executedAt);

    public static string TimedOut(HookDefinition hook, TimeSpan timeout) =>
        $"hook {hook.Name} timed out after {Describe(timeout)}";

    /// <summary><c>5s</c>, <c>1.5s</c> or <c>200ms</c>.</summary>
    public static string Describe(TimeSpan span) =>
        span.TotalSeconds >= 1 ? $"{span.TotalSeconds:0.###}s" : $"{span.TotalMilliseconds:0}ms";

    private static string? Truncate(string? text, int max) =>
        text is null || text.Length <= max ? text : string.Concat(text.AsSpan(0, max), " [truncated]");
}
