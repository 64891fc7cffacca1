using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Lua.Modules;

namespace SlothActors.Lua.Tests.Modules.Support;

/// <summary>Holds one execution context, as the runtime's accessor does while a hook runs.</summary>
internal sealed class TestContextAccessor : IHookExecutionContextAccessor
{
    public TestContextAccessor(HookExecutionContext current) => Current = current;

    public HookExecutionContext Current { get; set; }

    public static HookExecutionContext NewContext(string? stack, DateTimeOffset deadline, CancellationToken cancellation = default)
    {
        var now = DateTimeOffset.UtcNow;
        var evt = new Event { Id = "evt-1", Type = "task.failed", Timestamp = now, CreatedAt = now, Stack = stack };
        var hook = new HookDefinition
        {
            Id = "hook-1",
            Name = "test_hook",
            EventTypes = ["task.failed"],
            Script = "",
            ScriptSha256 = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        return new HookExecutionContext(evt, hook, deadline, cancellation, 64 * 1024);
    }
}
