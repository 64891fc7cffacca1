using System.Runtime.InteropServices;

namespace SlothActors.Lua.Limits;

/// <summary>The Lua allocator of every VM: native memory, counted against the VM's <see cref="MemoryBudget"/>.</summary>
internal static unsafe class CappedAllocator
{
    /// <summary>Kept in a static field so the delegate (and its native thunk) outlives every VM.</summary>
    public static readonly KeraLua.LuaAlloc Delegate = Allocate;

    private static IntPtr Allocate(IntPtr ud, IntPtr ptr, UIntPtr osize, UIntPtr nsize)
    {
        var budget = (MemoryBudget*)ud;
        // With ptr null, osize is a type tag, not a size (Lua manual, lua_Alloc).
        long oldSize = ptr == IntPtr.Zero ? 0 : (long)osize;
        long newSize = (long)nsize;

        if (newSize == 0)
        {
            NativeMemory.Free((void*)ptr);
            budget->Used -= oldSize;
            return IntPtr.Zero;
        }

        long after = budget->Used - oldSize + newSize;
        if (newSize > oldSize && after > budget->Limit)
        {
            budget->Exceeded = 1;
            if (budget->HostDepth == 0 || after > budget->HardLimit)
            {
                return IntPtr.Zero;
            }
        }

        var result = NativeMemory.Realloc((void*)ptr, (nuint)newSize);
        if (result == null)
        {
            return IntPtr.Zero;
        }

        budget->Used = after;
        return (IntPtr)result;
    }
}
