using System.Text;
using KeraLua;
using SlothActors.Lua.Interop;

namespace SlothActors.Lua.Modules.Core;

/// <summary>How module functions turn loose Lua arguments into text.</summary>
internal static class LuaArguments
{
    /// <summary>All arguments, converted like <c>tostring</c> for scalars, joined by a space.</summary>
    public static string JoinAsText(KeraLua.Lua lua, int from = 1, int? to = null)
    {
        var last = to ?? lua.GetTop();
        var text = new StringBuilder();
        for (var i = from; i <= last; i++)
        {
            if (i > from)
            {
                text.Append(' ');
            }

            text.Append(AsText(lua, i));
        }

        return text.ToString();
    }

    public static string AsText(KeraLua.Lua lua, int index) => lua.Type(index) switch
    {
        LuaType.String or LuaType.Number => lua.ToString(index, false),
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
