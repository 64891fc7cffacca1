using System.Runtime.InteropServices;

namespace SlothActors.Lua.Interop;

/// <summary>
/// The few Lua C functions used on hot paths with UTF-8 spans, so strings cross without a
/// managed string or byte array in between (KeraLua's wrappers allocate for every string).
/// </summary>
internal static unsafe partial class NativeLua
{
    private const string Library = "lua54";

    [LibraryImport(Library, EntryPoint = "lua_tolstring")]
    private static partial byte* ToLString(IntPtr state, int index, out nuint length);

    [LibraryImport(Library, EntryPoint = "lua_pushlstring")]
    private static partial byte* PushLString(IntPtr state, byte* text, nuint length);

    [LibraryImport(Library, EntryPoint = "lua_getallocf")]
    public static partial IntPtr GetAllocF(IntPtr state, out IntPtr userData);

    /// <summary>The bytes of the string (or number, converted in place) at <paramref name="index"/>; valid while it stays on the stack.</summary>
    public static ReadOnlySpan<byte> ToSpan(KeraLua.Lua lua, int index)
    {
        var text = ToLString(lua.Handle, index, out var length);
        return text == null ? default : new ReadOnlySpan<byte>(text, checked((int)length));
    }

    public static void Push(KeraLua.Lua lua, ReadOnlySpan<byte> utf8)
    {
        fixed (byte* text = utf8)
        {
            PushLString(lua.Handle, text, (nuint)utf8.Length);
        }
    }

    public static void Push(KeraLua.Lua lua, string value)
    {
        const int StackLimit = 512;
        var max = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max <= StackLimit)
        {
            Span<byte> buffer = stackalloc byte[StackLimit];
            var n = System.Text.Encoding.UTF8.GetBytes(value, buffer);
            Push(lua, buffer[..n]);
            return;
        }

        Push(lua, System.Text.Encoding.UTF8.GetBytes(value));
    }

    public static void PushOrNil(KeraLua.Lua lua, string? value)
    {
        if (value is null)
        {
            lua.PushNil();
        }
        else
        {
            Push(lua, value);
        }
    }
}
