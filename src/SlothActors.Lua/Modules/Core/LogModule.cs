using Microsoft.Extensions.Logging;
using SlothActors.Lua.Interop;

namespace SlothActors.Lua.Modules.Core;

/// <summary><c>log.debug/info/warn/error(...)</c>: a line <c>[INFO] msg</c> in the execution's output and one in the node's log.</summary>
public sealed class LogModule : IHookModule
{
    public string Name => "log";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context)
    {
        var table = ModuleTable.For(lua, Name);
        foreach (var (function, tag, level) in LogLevels.All)
        {
            table.Function(function, call =>
            {
                var execution = context.Current;
                var message = execution.Redact(call.JoinedText());
                execution.AppendLine(tag + " " + message);
                services.Logger.Log(level, "Hook {Hook}: {Message}", execution.Hook.Name, message);
            });
        }

        table.Install();
    }
}
