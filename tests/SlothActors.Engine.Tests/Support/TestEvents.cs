using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Tests.Support;

internal static class TestEvents
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public static Event Of(string type, string? stack = null, string? id = null) => new()
    {
        Id = id ?? EventIds.New(),
        Type = type,
        Timestamp = Now,
        CreatedAt = Now,
        Stack = stack,
        Data = """{"n":1}""",
    };

    public static List<Event> Many(int count, string type = "task.completed") =>
        Enumerable.Range(0, count).Select(_ => Of(type)).ToList();

    public static HookDefinition Hook(string name, string[] patterns, string? stack = null, bool enabled = true, TimeSpan? timeout = null)
    {
        var script = $"-- {name}\nreturn true";
        return new HookDefinition
        {
            Id = "hook-" + name,
            Name = name,
            EventTypes = patterns,
            Stack = stack,
            Enabled = enabled,
            Script = script,
            ScriptSha256 = HookScriptHash.Of(script),
            Timeout = timeout,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
    }
}
