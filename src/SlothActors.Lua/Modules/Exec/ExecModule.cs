using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Exec;

/// <summary><c>exec</c>: <c>run(cmd[, {workdir, env, timeout}])</c> → <c>{stdout, stderr, exit_code, success}</c>; off when the node disables it.</summary>
public sealed class ExecModule : IHookModule
{
    public string Name => "exec";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context) =>
        ModuleTable.For(lua, Name)
            .Function("run", call =>
            {
                if (!services.Options.ExecEnabled)
                {
                    throw new LuaScriptException("exec is disabled on this node");
                }

                var options = ExecOptions.From(call.String(1, "cmd"), call.Options(2, "options"));
                call.Return(ShellProcess.Run(options, context.Current, services.Time));
            })
            .Install();
}
