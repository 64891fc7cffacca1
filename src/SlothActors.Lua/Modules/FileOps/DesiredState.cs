using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.FileOps;

internal enum DesiredState
{
    Present,
    Absent,
}

internal static class DesiredStateOption
{
    public static DesiredState Read(LuaOptions options) => options.String("state") switch
    {
        null or "present" => DesiredState.Present,
        "absent" => DesiredState.Absent,
        var other => throw new LuaScriptException($"state must be \"present\" or \"absent\", got \"{other}\""),
    };
}
