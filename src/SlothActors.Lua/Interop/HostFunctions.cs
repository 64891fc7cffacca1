using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SlothActors.Lua.Limits;

namespace SlothActors.Lua.Interop;

/// <summary>
/// Puts <see cref="HostFunction"/>s into a runtime VM safely: the native entry point never raises
/// a Lua error itself (a longjmp must not cross .NET frames). It returns <c>false, message</c>
/// and a Lua wrapper made by the sandbox raises the error in Lua.
/// </summary>
public static class HostFunctions
{
    internal const string CheckedWrapperKey = "sloth.checked";

    private static readonly ConditionalWeakTable<KeraLua.Lua, List<KeraLua.LuaFunction>> KeepAlive = new();
    private static readonly IntPtr OurAllocator = Marshal.GetFunctionPointerForDelegate(CappedAllocator.Delegate);

    /// <summary>Sets <c>t[name] = fn</c> on the table at the top of the stack.</summary>
    public static void SetField(NLua.Lua lua, string name, HostFunction fn) => SetField(lua.State, name, fn);

    /// <summary>Sets <c>t[name] = fn</c> on the table at the top of the stack.</summary>
    public static void SetField(KeraLua.Lua lua, string name, HostFunction fn)
    {
        Push(lua, fn);
        lua.SetField(-2, name);
    }

    /// <summary>Pushes a Lua function that calls <paramref name="fn"/> and raises its exceptions as Lua errors.</summary>
    public static void Push(KeraLua.Lua lua, HostFunction fn)
    {
        if (lua.GetField(KeraLua.LuaRegistry.Index, CheckedWrapperKey) != KeraLua.LuaType.Function)
        {
            lua.Pop(1);
            throw new InvalidOperationException("host functions can only be installed in a VM made by the hook runtime");
        }

        PushRaw(lua, fn);
        // The wrapper is plain Lua and does not allocate past the limit outside our control.
        lua.Call(1, 1);
    }

    /// <summary>Pushes the native entry point itself: it returns <c>true, results...</c> or <c>false, message</c>.</summary>
    internal static void PushRaw(KeraLua.Lua lua, HostFunction fn)
    {
        KeraLua.LuaFunction entry = state => Invoke(state, fn);
        KeepAlive.GetOrCreateValue(lua.MainThread).Add(entry);
        lua.PushCFunction(entry);
    }

    private static unsafe int Invoke(IntPtr state, HostFunction fn)
    {
        var lua = KeraLua.Lua.FromIntPtr(state);
        var budget = BudgetOf(state);
        if (budget != null)
        {
            budget->HostDepth++;
        }

        try
        {
            int results = fn(lua);
            lua.PushBoolean(true);
            lua.Insert(-(results + 1));
            return results + 1;
        }
        catch (Exception e)
        {
            lua.SetTop(0);
            lua.PushBoolean(false);
            NativeLua.Push(lua, e.Message);
            return 2;
        }
        finally
        {
            if (budget != null)
            {
                budget->HostDepth--;
            }
        }
    }

    private static unsafe MemoryBudget* BudgetOf(IntPtr state)
    {
        var allocator = NativeLua.GetAllocF(state, out var userData);
        return allocator == OurAllocator ? (MemoryBudget*)userData : null;
    }
}
