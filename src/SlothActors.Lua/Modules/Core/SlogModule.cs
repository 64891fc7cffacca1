using System.Text;
using KeraLua;
using Microsoft.Extensions.Logging;
using SlothActors.Lua.Interop;

namespace SlothActors.Lua.Modules.Core;

/// <summary>
/// Structured logging: <c>slog.info(msg, {k = v})</c> writes <c>[INFO] msg k=v</c> (keys sorted) to
/// the output and logs the fields as a scope of one structured log entry.
/// </summary>
public sealed class SlogModule : IHookModule
{
    private const int MaxFields = 64;

    public string Name => "slog";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context)
    {
        var state = lua.State;
        state.CreateTable(0, LogLevels.All.Length);
        foreach (var (function, tag, level) in LogLevels.All)
        {
            HostFunctions.SetField(state, function, l =>
            {
                var message = LuaArguments.AsText(l, 1);
                var fields = ReadFields(l, function);
                var execution = context.Current;
                execution.AppendLine(Format(tag, message, fields));
                var scope = new Dictionary<string, object?>(fields.Count + 1, StringComparer.Ordinal);
                foreach (var (key, value) in fields)
                {
                    scope[key] = value;
                }

                scope["hook"] = execution.Hook.Name;
                using (services.Logger.BeginScope(scope))
                {
                    services.Logger.Log(level, "Hook {Hook}: {Message}", execution.Hook.Name, message);
                }

                return 0;
            });
        }

        state.SetGlobal(Name);
    }

    private static SortedList<string, string> ReadFields(KeraLua.Lua lua, string function)
    {
        var fields = new SortedList<string, string>(StringComparer.Ordinal);
        if (lua.IsNoneOrNil(2))
        {
            return fields;
        }

        if (lua.Type(2) != LuaType.Table)
        {
            throw new LuaScriptException($"slog.{function}: fields must be a table, got {lua.TypeName(2)}");
        }

        lua.PushNil();
        while (lua.Next(2))
        {
            if (lua.Type(-2) != LuaType.String)
            {
                throw new LuaScriptException($"slog.{function}: field names must be strings");
            }

            if (fields.Count >= MaxFields)
            {
                throw new LuaScriptException($"slog.{function}: more than {MaxFields} fields");
            }

            fields[Encoding.UTF8.GetString(NativeLua.ToSpan(lua, -2))] = LuaArguments.AsText(lua, lua.GetTop());
            lua.Pop(1);
        }

        return fields;
    }

    private static string Format(string tag, string message, SortedList<string, string> fields)
    {
        var line = new StringBuilder(tag).Append(' ').Append(message);
        foreach (var (key, value) in fields)
        {
            line.Append(' ').Append(key).Append('=');
            if (value.Length == 0 || value.Contains(' ', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal))
            {
                line.Append('"').Append(value.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(value);
            }
        }

        return line.ToString();
    }
}
