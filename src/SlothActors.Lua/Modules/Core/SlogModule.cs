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
        var table = ModuleTable.For(lua, Name);
        foreach (var (function, tag, level) in LogLevels.All)
        {
            table.Function(function, call =>
            {
                var execution = context.Current;
                var message = execution.Redact(call.Text(1));
                var fields = ReadFields(call, execution);
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
            });
        }

        table.Install();
    }

    private static SortedList<string, string> ReadFields(LuaCall call, HookExecutionContext execution)
    {
        var fields = new SortedList<string, string>(StringComparer.Ordinal);
        if (call.IsMissing(2))
        {
            return fields;
        }

        var lua = call.State;
        if (lua.Type(2) != LuaType.Table)
        {
            throw new LuaScriptException($"fields must be a table, got {lua.TypeName(2)}");
        }

        lua.PushNil();
        while (lua.Next(2))
        {
            if (lua.Type(-2) != LuaType.String)
            {
                throw new LuaScriptException("field names must be strings");
            }

            if (fields.Count >= MaxFields)
            {
                throw new LuaScriptException($"more than {MaxFields} fields");
            }

            fields[Encoding.UTF8.GetString(NativeLua.ToSpan(lua, -2))] = execution.Redact(LuaValueFormat.At(lua, lua.GetTop()));
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
