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

    // Host calls answer (true, results...) or (false, message) like module functions; the
    // sandbox raises their errors in Lua, unprefixed.
    private void SetRaw(string name, ModuleFunction fn)
    {
        NativeFunctions.Push(_state, null, fn);
        _state.SetField(-2, name);
    }

    private void Tick(LuaCall call) => ReturnLimit(call, _limits.Tick());

    private void Limit(LuaCall call) => ReturnLimit(call, _limits.Check());

    private void ReturnLimit(LuaCall call, LimitKind kind)
    {
        if (kind != LimitKind.None)
        {
            call.Return(_limits.Describe(kind));
        }
    }

    private void Print(LuaCall call) => _accessor.Current.AppendLine(call.Text(1));

    private static void Decode(LuaCall call)
    {
        LuaJsonReader.Push(call.State, NativeLua.ToSpan(call.State, 1));
        call.ReturnPushed();
    }

    /// <summary>The message of an error NLua raised for a .NET exception (it raises the exception object, not text).</summary>
    private void Describe(LuaCall call)
    {
        var lua = call.State;
        if (lua.Handle != _state.Handle || call.TypeOf(1) != KeraLua.LuaType.UserData)
        {
            return;
        }

        lua.SetTop(1);
        if (_nlua.Pop() is Exception error)
        {
            call.Return((error.InnerException ?? error).Message);
        }
    }

    // Entered and left around functions NLua registered as userdata: the host builds Lua values there.
    private void Enter(LuaCall call) => _budget->HostDepth++;

    private void Leave(LuaCall call) => _budget->HostDepth--;
}
