using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Journal.Contract;

/// <summary>Builders for test data. Times are whole milliseconds in UTC, the precision journals keep.</summary>
public static class JournalFixtures
{
    public static readonly DateTimeOffset T0 = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static Event NewEvent(
        string type = "task.failed",
        DateTimeOffset? timestamp = null,
        string? id = null,
        string? stack = null,
        string? source = null,
        EventSeverity severity = EventSeverity.Info,
        string? correlationId = null,
        IReadOnlyList<string>? tags = null,
        DateTimeOffset? createdAt = null) => new()
        {
            Id = id ?? EventIds.New(),
            Type = type,
            Timestamp = timestamp ?? T0,
            CreatedAt = createdAt ?? timestamp ?? T0,
            Data = """{"n":1}""",
            Stack = stack,
            Source = source,
            Severity = severity,
            CorrelationId = correlationId,
            Tags = tags ?? [],
        };

    public static HookDefinition NewHook(string name, string? stack = null, params string[] types)
    {
        var script = $"function on_event(e) log.info('{name}') return true end";
        return new HookDefinition
        {
            Id = "hook-" + name,
            Name = name,
            Description = "test hook " + name,
            EventTypes = types.Length == 0 ? ["task.*"] : types,
            Stack = stack,
            Script = script,
            ScriptSha256 = HookScriptHash.Of(script),
            FilePath = $"hooks/{name}.lua",
            Timeout = TimeSpan.FromSeconds(5),
            CreatedAt = T0,
            UpdatedAt = T0,
        };
    }

    public static HookExecution Execution(HookDefinition hook, string eventId, bool success, DateTimeOffset executedAt) => new()
    {
        EventId = eventId,
        HookId = hook.Id,
        HookName = hook.Name,
        Success = success,
        Output = success ? "ok" : null,
        Error = success ? null : "boom",
        DurationMs = 3,
        ExecutedAt = executedAt,
    };
}
