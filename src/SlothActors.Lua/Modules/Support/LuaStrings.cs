using System.Text;

namespace SlothActors.Lua.Modules.Support;

/// <summary>
/// Lua strings are byte strings; these move them as UTF-8 (KeraLua's own string conversions
/// default to ASCII), and as raw bytes where a module deals in binary data.
/// </summary>
internal static class LuaStrings
{
    public static void Push(KeraLua.Lua state, string value) => state.PushBuffer(Encoding.UTF8.GetBytes(value));

    public static string Read(KeraLua.Lua state, int index) => Encoding.UTF8.GetString(ReadBytes(state, index));

    /// <summary>Reads a string (or a number, converted as Lua would print it) without running metamethods.</summary>
    public static byte[] ReadBytes(KeraLua.Lua state, int index)
    {
        if (state.Type(index) == KeraLua.LuaType.Number)
        {
            return Encoding.UTF8.GetBytes(NumberText(state, index));
        }

        return state.ToBuffer(index, false) ?? [];
    }

    private static string NumberText(KeraLua.Lua state, int index) => state.IsInteger(index)
        ? state.ToInteger(index).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : LuaValueFormat.Number(state.ToNumber(index));
}
