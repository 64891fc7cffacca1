using SlothActors.Events.Hooks;

namespace SlothActors.Events.Tests.Hooks;

internal static class HookFixtures
{
    public static HookDefinition Hook(string name, string? stack = null, bool enabled = true, params string[] types)
    {
        const string script = "function on_event(e) return true end";
        return new HookDefinition
        {
            Id = "id-" + name,
            Name = name,
            EventTypes = types,
            Stack = stack,
            Enabled = enabled,
            Script = script,
            ScriptSha256 = HookScriptHash.Of(script),
            CreatedAt = DateTimeOffset.UnixEpoch,
            UpdatedAt = DateTimeOffset.UnixEpoch,
        };
    }
}
