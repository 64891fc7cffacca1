using System.Security.Cryptography;
using System.Text;
using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Lua.Tests.Runtime.Support;

/// <summary>Hook definitions and events for runtime tests.</summary>
public static class Hooks
{
    private static readonly DateTimeOffset Epoch = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    /// <summary>What these tests give a run, as the engine would: the hook's own timeout, else 30 s.</summary>
    public static TimeSpan TimeoutOf(HookDefinition hook) => hook.Timeout ?? TimeSpan.FromSeconds(30);

    public static HookDefinition Define(string script, string name = "test_hook", string id = "hook-1", TimeSpan? timeout = null) => new()
    {
        Id = id,
        Name = name,
        EventTypes = ["task.failed"],
        Script = script,
        ScriptSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script))),
        Timeout = timeout,
        CreatedAt = Epoch,
        UpdatedAt = Epoch,
    };

    public static Event Event(string data = "{}", string type = "task.failed", string? stack = null) => new()
    {
        Id = "0194a1b2-0000-7000-8000-000000000001",
        Type = type,
        Timestamp = Epoch,
        Data = data,
        CreatedAt = Epoch,
        Stack = stack,
        Source = "ci",
        Severity = EventSeverity.Error,
        CorrelationId = "corr-1",
        Depth = 0,
    };

    /// <summary>A module-format hook whose execute body is <paramref name="body"/>.</summary>
    public static string Module(string body) => $$"""
        local hook = { name = "test_hook", event_type = "task.failed" }
        function hook.execute(event)
        {{body}}
        end
        return hook
        """;
}
