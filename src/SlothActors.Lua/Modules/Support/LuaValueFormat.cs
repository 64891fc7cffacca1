using System.Globalization;

namespace SlothActors.Lua.Modules.Support;

/// <summary>How module output writes Lua values as text (template rendering, string coercion).</summary>
internal static class LuaValueFormat
{
    public static string Number(double value) =>
        double.IsInteger(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Scalar(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => Number(d),
        _ => JsonValueCodec.Encode(value),
    };
}
