using System.Text.Json;
using KeraLua;
using SlothActors.Lua.Interop;

namespace SlothActors.Lua.Modules.Core;

/// <summary>
/// <c>event.dispatch(type, data)</c> and <c>event.dispatch_custom(name, message)</c>: return
/// <c>true</c>, or <c>false, "why"</c>; they never raise, so legacy hooks can test the result.
/// The runtime also exposes both on the event table a hook receives.
/// </summary>
public sealed class EventModule : IHookModule
{
    public string Name => "event";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context)
    {
        var dispatcher = new EventDispatcher(services);
        ModuleTable.For(lua, Name)
            .Function("dispatch", call => Answer(call, Dispatch(call, dispatcher, context)))
            .Function("dispatch_custom", call => Answer(call, DispatchCustom(call, dispatcher, context, services.Time)))
            .Install();
    }

    /// <returns>Null when the event was accepted, else why not.</returns>
    private static string? Dispatch(LuaCall call, EventDispatcher dispatcher, IHookExecutionContextAccessor context)
    {
        if (call.TypeOf(1) != LuaType.String)
        {
            return $"event type must be a string, got {call.State.TypeName(1)}";
        }

        var type = call.String(1, "type");
        byte[] data;
        switch (call.TypeOf(2))
        {
            case LuaType.None or LuaType.Nil:
                data = "{}"u8.ToArray();
                break;
            case LuaType.Table:
                try
                {
                    data = LuaJsonWriter.ToUtf8(call.State, 2);
                }
                catch (LuaScriptException e)
                {
                    return "event data: " + e.Message;
                }

                if (data[0] != (byte)'{')
                {
                    return "event data must be a table with named fields, not a list";
                }

                break;
            default:
                return $"event data must be a table, got {call.State.TypeName(2)}";
        }

        return dispatcher.Dispatch(context.Current, type, data);
    }

    private static string? DispatchCustom(LuaCall call, EventDispatcher dispatcher, IHookExecutionContextAccessor context, TimeProvider time)
    {
        var data = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["name"] = call.Text(1),
            ["message"] = call.IsMissing(2) ? "" : call.Text(2),
            ["timestamp"] = time.GetUtcNow().ToUnixTimeSeconds(),
        });
        return dispatcher.Dispatch(context.Current, "custom", data);
    }

    private static void Answer(LuaCall call, string? error)
    {
        call.Return(error is null);
        if (error is not null)
        {
            call.Return(error);
        }
    }
}
