using System.Globalization;
using System.Text;
using System.Text.Json;
using KeraLua;

namespace SlothActors.Lua.Interop;

/// <summary>How module output writes Lua values as text (log lines, template rendering, string coercion).</summary>
internal static class LuaValueFormat
{
    public static string Number(double value) =>
        double.IsInteger(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A plain .NET value (see <see cref="LuaValues"/>) as text; tables as JSON.</summary>
    public static string Scalar(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => Number(d),
        _ => JsonSerializer.Serialize(value),
    };

    /// <summary>The number at <paramref name="index"/> as text, without converting it in place.</summary>
    public static string NumberAt(KeraLua.Lua lua, int index) => lua.IsInteger(index)
        ? lua.ToInteger(index).ToString(CultureInfo.InvariantCulture)
        : Number(lua.ToNumber(index));

    /// <summary>The value at <paramref name="index"/> as <c>tostring</c> shows scalars; a table as JSON, else its type name.</summary>
    public static string At(KeraLua.Lua lua, int index) => lua.Type(index) switch
    {
        LuaType.String => Encoding.UTF8.GetString(NativeLua.ToSpan(lua, index)),
        LuaType.Number => NumberAt(lua, index),
        LuaType.Boolean => lua.ToBoolean(index) ? "true" : "false",
        LuaType.Nil or LuaType.None => "nil",
        LuaType.Table => TableAsJson(lua, index),
        _ => lua.TypeName(index),
    };

    private static string TableAsJson(KeraLua.Lua lua, int index)
    {
        try
        {
            return Encoding.UTF8.GetString(LuaJsonWriter.ToUtf8(lua, index));
        }
        catch (LuaScriptException)
        {
            return "table";
        }
    }
}
