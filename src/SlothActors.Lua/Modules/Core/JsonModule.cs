using SlothActors.Lua.Interop;

namespace SlothActors.Lua.Modules.Core;

/// <summary><c>json.encode(value [, pretty])</c> and <c>json.decode(text)</c>; bounds in <see cref="LuaJsonLimits"/>.</summary>
public sealed class JsonModule : IHookModule
{
    public string Name => "json";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context) =>
        ModuleTable.For(lua, Name)
            .Function("encode", Encode)
            .Function("decode", Decode)
            .Install();

    private static void Encode(LuaCall call)
    {
        if (call.ArgumentCount < 1)
        {
            throw new LuaScriptException("a value is required");
        }

        MaterializeLazyFields(call.State);
        NativeLua.Push(call.State, LuaJsonWriter.ToUtf8(call.State, 1, call.Truthy(2)));
        call.ReturnPushed();
    }

    private static void Decode(LuaCall call)
    {
        if (call.TypeOf(1) != KeraLua.LuaType.String)
        {
            throw new LuaScriptException($"expects a string, got {call.State.TypeName(1)}");
        }

        LuaJsonReader.Push(call.State, NativeLua.ToSpan(call.State, 1));
        call.ReturnPushed();
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
