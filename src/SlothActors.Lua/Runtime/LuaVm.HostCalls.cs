using SlothActors.Lua.Interop;
using SlothActors.Lua.Limits;

namespace SlothActors.Lua.Runtime;

/// <summary>The host entry points the sandbox script keeps as locals (never visible to hooks).</summary>
internal sealed unsafe partial class LuaVm
{
    private void PushHostTable()
    {
        _state.CreateTable(0, 8);
        SetRaw("tick", Tick);
        SetRaw("limit", Limit);
        SetRaw("print", Print);
        SetRaw("decode", Decode);
        SetRaw("enter", Enter);
        SetRaw("leave", Leave);
        SetRaw("describe", Describe);
        _state.PushInteger(_limits.TickInterval);
        _state.SetField(-2, "interval");
    }

    private void SetRaw(string name, HostFunction fn)
    {
        HostFunctions.PushRaw(_state, fn);
        _state.SetField(-2, name);
    }

    private int Tick(KeraLua.Lua lua) => PushLimit(lua, _limits.Tick());

    private int Limit(KeraLua.Lua lua) => PushLimit(lua, _limits.Check());

    private int PushLimit(KeraLua.Lua lua, LimitKind kind)
    {
        if (kind == LimitKind.None)
        {
            return 0;
        }

        NativeLua.Push(lua, _limits.Describe(kind));
        return 1;
    }

    private int Print(KeraLua.Lua lua)
    {
        _accessor.Current.AppendLine(lua.ToString(1));
        return 0;
    }

    private static int Decode(KeraLua.Lua lua)
    {
        LuaJsonReader.Push(lua, NativeLua.ToSpan(lua, 1));
        return 1;
    }

    /// <summary>The message of an error NLua raised for a .NET exception (it raises the exception object, not text).</summary>
    private int Describe(KeraLua.Lua lua)
    {
        if (lua.Handle != _state.Handle || lua.Type(1) != KeraLua.LuaType.UserData)
        {
            return 0;
        }

        lua.SetTop(1);
        if (_nlua.Pop() is not Exception error)
        {
            return 0;
        }

        NativeLua.Push(lua, (error.InnerException ?? error).Message);
        return 1;
    }

    // Entered and left around module functions NLua calls: the host builds Lua values there.
    private int Enter(KeraLua.Lua lua)
    {
        _budget->HostDepth++;
        return 0;
    }

    private int Leave(KeraLua.Lua lua)
    {
        _budget->HostDepth--;
        return 0;
    }
}
