using System.Collections;
using System.Globalization;
using System.Text.Json;
using KeraLua;

namespace SlothActors.Lua.Interop;

/// <summary>
/// Lua values on the raw stack to and from plain .NET values: <c>null</c>, bool, long, double,
/// string, <see cref="Dictionary{TKey,TValue}"/> (string keys) and <see cref="List{T}"/> (a 1..n sequence).
/// </summary>
public static class LuaValues
{
    /// <exception cref="LuaScriptException">A function, userdata, thread, or nesting deeper than <see cref="LuaJsonLimits.MaxDepth"/>.</exception>
    public static object? ToObject(KeraLua.Lua lua, int index)
    {
        if (!lua.CheckStack(LuaJsonLimits.MaxDepth * 3 + 8))
        {
            throw new LuaScriptException("Lua stack exhausted");
        }

        return Read(lua, lua.AbsIndex(index), 0);
    }

    /// <exception cref="LuaScriptException">A value with no Lua form, or nesting deeper than <see cref="LuaJsonLimits.MaxDepth"/>.</exception>
    public static void Push(KeraLua.Lua lua, object? value)
    {
        if (!lua.CheckStack(LuaJsonLimits.MaxDepth * 2 + 8))
        {
            throw new LuaScriptException("Lua stack exhausted");
        }

        var top = lua.GetTop();
        try
        {
            Write(lua, value, 0);
        }
        catch
        {
            lua.SetTop(top);
            throw;
        }
    }

    private static object? Read(KeraLua.Lua lua, int index, int depth)
    {
        switch (lua.Type(index))
        {
            case LuaType.Nil:
            case LuaType.None:
                return null;
            case LuaType.Boolean:
                return lua.ToBoolean(index);
            case LuaType.Number:
                return lua.IsInteger(index) ? lua.ToInteger(index) : lua.ToNumber(index);
            case LuaType.String:
                return System.Text.Encoding.UTF8.GetString(NativeLua.ToSpan(lua, index));
            case LuaType.Table when depth < LuaJsonLimits.MaxDepth:
                return ReadTable(lua, index, depth + 1);
            case LuaType.Table:
                throw new LuaScriptException($"table nested deeper than {LuaJsonLimits.MaxDepth} levels (or cyclic)");
            default:
                throw new LuaScriptException($"cannot convert a {lua.TypeName(index)} to a .NET value");
        }
    }

    private static object ReadTable(KeraLua.Lua lua, int index, int depth)
    {
        var length = lua.RawLen(index);
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        var keys = 0;
        lua.PushNil();
        while (lua.Next(index))
        {
            keys++;
            var key = lua.Type(-2) switch
            {
                LuaType.String => System.Text.Encoding.UTF8.GetString(NativeLua.ToSpan(lua, -2)),
                LuaType.Number when lua.IsInteger(-2) => lua.ToInteger(-2).ToString(CultureInfo.InvariantCulture),
                LuaType.Number => lua.ToNumber(-2).ToString("R", CultureInfo.InvariantCulture),
                _ => throw new LuaScriptException($"cannot convert a table key of type {lua.TypeName(-2)}"),
            };
            map[key] = Read(lua, lua.GetTop(), depth);
            lua.Pop(1);
        }

        if (length == 0 || keys != length)
        {
            return map;
        }

        var list = new List<object?>(length);
        for (var i = 1; i <= length; i++)
        {
            list.Add(map[i.ToString(CultureInfo.InvariantCulture)]);
        }

        return list;
    }

    private static void Write(KeraLua.Lua lua, object? value, int depth)
    {
        if (depth > LuaJsonLimits.MaxDepth)
        {
            throw new LuaScriptException($"value nested deeper than {LuaJsonLimits.MaxDepth} levels");
        }

        switch (value)
        {
            case null:
                lua.PushNil();
                break;
            case bool b:
                lua.PushBoolean(b);
                break;
            case string s:
                NativeLua.Push(lua, s);
                break;
            case int or long or short or sbyte or byte or ushort or uint:
                lua.PushInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case float or double or decimal or ulong:
                lua.PushNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case JsonElement element:
                LuaJsonReader.Push(lua, System.Text.Encoding.UTF8.GetBytes(element.GetRawText()));
                break;
            case IDictionary dictionary:
                lua.CreateTable(0, dictionary.Count);
                foreach (DictionaryEntry entry in dictionary)
                {
                    NativeLua.Push(lua, Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                    Write(lua, entry.Value, depth + 1);
                    lua.RawSet(-3);
                }

                break;
            case IEnumerable sequence:
                lua.NewTable();
                long i = 0;
                foreach (var item in sequence)
                {
                    Write(lua, item, depth + 1);
                    lua.RawSetInteger(-2, ++i);
                }

                break;
            default:
                throw new LuaScriptException($"cannot convert a {value.GetType().Name} to a Lua value");
        }
    }
}
