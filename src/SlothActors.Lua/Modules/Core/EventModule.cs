using System.Globalization;
using System.Text;
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
        var state = lua.State;
        state.CreateTable(0, 2);
        HostFunctions.SetField(state, "dispatch", l => Dispatch(l, dispatcher, context));
        HostFunctions.SetField(state, "dispatch_custom", l => DispatchCustom(l, dispatcher, context, services.Time));
        state.SetGlobal(Name);
    }

    private static int Dispatch(KeraLua.Lua lua, EventDispatcher dispatcher, IHookExecutionContextAccessor context)
    {
        if (lua.Type(1) != LuaType.String)
        {
            return Refuse(lua, $"event type must be a string, got {lua.TypeName(1)}");
        }

        var type = lua.ToString(1);
        byte[] data;
        switch (lua.Type(2))
        {
            case LuaType.None or LuaType.Nil:
                data = "{}"u8.ToArray();
                break;
            case LuaType.Table:
                try
                {
                    data = LuaJsonWriter.ToUtf8(lua, 2);
                }
                catch (LuaScriptException e)
                {
                    return Refuse(lua, "event data: " + e.Message);
                }

                if (data[0] != (byte)'{')
                {
                    return Refuse(lua, "event data must be a table with named fields, not a list");
                }

                break;
            default:
                return Refuse(lua, $"event data must be a table, got {lua.TypeName(2)}");
        }

        return Answer(lua, dispatcher.Dispatch(context.Current, type, data));
    }

    private static int DispatchCustom(KeraLua.Lua lua, EventDispatcher dispatcher, IHookExecutionContextAccessor context, TimeProvider time)
    {
        var name = LuaArguments.AsText(lua, 1);
        var message = lua.IsNoneOrNil(2) ? "" : LuaArguments.AsText(lua, 2);
        var data = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["name"] = name,
            ["message"] = message,
            ["timestamp"] = time.GetUtcNow().ToUnixTimeSeconds(),
        });
        return Answer(lua, dispatcher.Dispatch(context.Current, "custom", data));
    }

    private static int Answer(KeraLua.Lua lua, string? error) => error is null ? Accept(lua) : Refuse(lua, error);

    private static int Accept(KeraLua.Lua lua)
    {
        lua.PushBoolean(true);
        return 1;
    }

    private static int Refuse(KeraLua.Lua lua, string error)
    {
        lua.PushBoolean(false);
        NativeLua.Push(lua, error);
        return 2;
    }
}
