using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SlothActors.Lua.Limits;

namespace SlothActors.Lua.Interop;

/// <summary>
/// The one native entry point of every .NET function Lua can call (module functions and the
/// sandbox's host calls). It never raises a Lua error itself, since a longjmp must not cross
/// .NET frames: it returns <c>true, results...</c> or <c>false, message</c>, and Lua code
/// (<see cref="ModuleTable"/>'s wrappers, the sandbox) raises the error at the hook's line.
/// </summary>
internal static unsafe class NativeFunctions
{
    // The native state holds only raw pointers to these delegates; they must live as long as the state.
    private static readonly ConditionalWeakTable<KeraLua.Lua, List<KeraLua.LuaFunction>> KeptAlive = new();
    private static readonly IntPtr OurAllocator = Marshal.GetFunctionPointerForDelegate(CappedAllocator.Delegate);

    /// <param name="qualifiedName">Prefixes error messages ("json.decode: ..."); null for none.</param>
    public static void Push(KeraLua.Lua lua, string? qualifiedName, ModuleFunction body)
    {
        KeraLua.LuaFunction entry = state => Invoke(state, qualifiedName, body);
        var kept = KeptAlive.GetOrCreateValue(lua.MainThread);
        lock (kept)
        {
            kept.Add(entry);
        }

        lua.PushCFunction(entry);
    }

    private static int Invoke(IntPtr state, string? qualifiedName, ModuleFunction body)
    {
        var lua = KeraLua.Lua.FromIntPtr(state);
        // While .NET builds Lua values the memory cap is soft (see MemoryBudget): a refused
        // allocation would raise a Lua error through this frame.
        var budget = BudgetOf(state);
        if (budget != null)
        {
            budget->HostDepth++;
        }

        var call = new LuaCall(lua, qualifiedName, lua.GetTop());
        try
        {
            body(call);
            lua.PushBoolean(true);
            lua.Insert(-(call.ResultCount + 1));
            return call.ResultCount + 1;
        }
#pragma warning disable CA1031 // Every failure must become a Lua error value: an exception must never cross into native Lua.
        catch (Exception e)
#pragma warning restore CA1031
        {
            lua.SetTop(0);
            lua.PushBoolean(false);
            NativeLua.Push(lua, ModuleErrors.Describe(qualifiedName, e));
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

    private static MemoryBudget* BudgetOf(IntPtr state)
    {
        var allocator = NativeLua.GetAllocF(state, out var userData);
        return allocator == OurAllocator ? (MemoryBudget*)userData : null;
    }
}
