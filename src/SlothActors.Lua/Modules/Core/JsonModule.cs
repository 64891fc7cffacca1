using SlothActors.Lua.Interop;

namespace SlothActors.Lua.Modules.Core;

/// <summary><c>json.encode(value [, pretty])</c> and <c>json.decode(text)</c>; bounds in <see cref="LuaJsonLimits"/>.</summary>
public sealed class JsonModule : IHookModule
{
    public string Name => "json";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context)
    {
        var state = lua.State;
        state.CreateTable(0, 2);
        HostFunctions.SetField(state, "encode", Encode);
        HostFunctions.SetField(state, "decode", Decode);
        state.SetGlobal(Name);
    }

    private static int Encode(KeraLua.Lua lua)
    {
        if (lua.GetTop() < 1)
        {
            throw new LuaScriptException("json.encode: a value is required");
        }

        MaterializeLazyFields(lua);
        var pretty = lua.ToBoolean(2);
        try
        {
            NativeLua.Push(lua, LuaJsonWriter.ToUtf8(lua, 1, pretty));
        }
        catch (LuaScriptException e)
        {
            throw new LuaScriptException("json.encode: " + e.Message);
        }

        return 1;
    }

    private static int Decode(KeraLua.Lua lua)
    {
        if (lua.Type(1) != KeraLua.LuaType.String)
        {
            throw new LuaScriptException($"json.decode: expects a string, got {lua.TypeName(1)}");
        }

        try
        {
            LuaJsonReader.Push(lua, NativeLua.ToSpan(lua, 1));
        }
        catch (LuaScriptException e)
        {
            throw new LuaScriptException("json.decode: " + e.Message);
        }

        return 1;
    }

    // The event table decodes its data on first use; its __pairs fills it in. Called protected:
    // an error there must stay a Lua error, not unwind through this frame.
    private static void MaterializeLazyFields(KeraLua.Lua lua)
    {
        if (lua.Type(1) != KeraLua.LuaType.Table || lua.GetMetaField(1, "__pairs") == KeraLua.LuaType.Nil)
        {
            return;
        }

        lua.PushCopy(1);
        if (lua.PCall(1, 0, 0) != KeraLua.LuaStatus.OK)
        {
            var message = lua.ToString(-1) ?? "";
            lua.Pop(1);
            throw new LuaScriptException(message);
        }
    }
}
