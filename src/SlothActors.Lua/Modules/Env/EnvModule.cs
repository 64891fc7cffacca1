using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Env;

/// <summary><c>env</c>: read the node's environment, except the node's own secrets (see <see cref="HiddenVariables"/>).</summary>
public sealed class EnvModule : IHookModule
{
    private const int MaxNameLength = 256;

    public string Name => "env";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context) =>
        ModuleTable.For(lua, Name)
            .Function("get", call =>
            {
                var name = call.String(1, "name");
                if (name.Length is 0 or > MaxNameLength || name.Contains('=', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal))
                {
                    throw new LuaScriptException($"'{name}' is not a valid variable name");
                }

                var value = HiddenVariables.IsHidden(name) ? null : Environment.GetEnvironmentVariable(name);
                call.Return(value ?? call.OptionalString(2, "default"));
            })
            .Install();
}
