using System.Text;

namespace SlothActors.Lua.Interop;

/// <summary>
/// The conversions of <see cref="LuaValues"/>, <see cref="LuaJsonReader"/> and <see cref="LuaJsonWriter"/>
/// for modules written against NLua's object API (arguments arrive as <see cref="NLua.LuaTable"/>, long, double, string, bool).
/// </summary>
public static class LuaInterop
{
    /// <summary>A Lua value (as NLua hands it over) as plain .NET: Dictionary, List, long, double, string, bool or null.</summary>
    public static object? ToDotNet(NLua.Lua lua, object? value) => WithPushed(lua, value, state => LuaValues.ToObject(state, -1));

    /// <summary>A Lua value (as NLua hands it over) as JSON text.</summary>
    public static string ToJson(NLua.Lua lua, object? value, bool indented = false) =>
        WithPushed(lua, value, state => Encoding.UTF8.GetString(LuaJsonWriter.ToUtf8(state, -1, indented)));

    /// <summary>A JSON text as a value NLua can return to Lua (a <see cref="NLua.LuaTable"/> for objects and arrays).</summary>
    public static object? FromJson(NLua.Lua lua, string json)
    {
        LuaJsonReader.Push(lua.State, Encoding.UTF8.GetBytes(json));
        return lua.Pop();
    }

    /// <summary>A plain .NET value (see <see cref="LuaValues"/>) as a value NLua can return to Lua.</summary>
    public static object? FromDotNet(NLua.Lua lua, object? value)
    {
        LuaValues.Push(lua.State, value);
        return lua.Pop();
    }

    private static T WithPushed<T>(NLua.Lua lua, object? value, Func<KeraLua.Lua, T> read)
    {
        var top = lua.State.GetTop();
        lua.Push(value);
        try
        {
            return read(lua.State);
        }
        finally
        {
            lua.State.SetTop(top);
        }
    }
}
