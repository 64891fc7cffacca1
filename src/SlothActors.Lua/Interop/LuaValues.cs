using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KeraLua;

namespace SlothActors.Lua.Interop;

/// <summary>
/// Lua values on the raw stack to and from plain .NET values: <c>null</c>, bool, long, double,
/// string, <see cref="Dictionary{TKey,TValue}"/> (string keys, sorted) and <see cref="List{T}"/>
/// (a table whose keys are exactly 1..n). An empty table reads as an empty dictionary. Pushing also
/// takes <c>byte[]</c> (a binary Lua string) and <see cref="JsonElement"/>; a whole double becomes
/// a Lua integer, so hooks can format counters with <c>%d</c>.
/// </summary>
internal static class LuaValues
{
    private const double MaxExactInteger = 9007199254740992d; // 2^53

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

    private static object? Read(KeraLua.Lua lua, int index, int depth) => lua.Type(index) switch
    {
        LuaType.Nil or LuaType.None => null,
        LuaType.Boolean => lua.ToBoolean(index),
        LuaType.Number => lua.IsInteger(index) ? lua.ToInteger(index) : lua.ToNumber(index),
        LuaType.String => Encoding.UTF8.GetString(NativeLua.ToSpan(lua, index)),
        LuaType.Table when depth < LuaJsonLimits.MaxDepth => ReadTable(lua, index, depth + 1),
        LuaType.Table => throw new LuaScriptException($"table nested deeper than {LuaJsonLimits.MaxDepth} levels (or it contains a cycle)"),
        _ => throw new LuaScriptException($"cannot convert a {lua.TypeName(index)} value (only nil, booleans, numbers, strings and tables)"),
    };

    private static object ReadTable(KeraLua.Lua lua, int index, int depth)
    {
        var entries = new List<(object Key, object? Value)>();
        var sequenceKeys = true;
        lua.PushNil();
        while (lua.Next(index))
        {
            var key = ReadKey(lua, -2);
            sequenceKeys &= key is long n && n >= 1;
            entries.Add((key, Read(lua, lua.GetTop(), depth)));
            lua.Pop(1);
        }

        if (entries.Count > 0 && sequenceKeys && entries.Max(e => (long)e.Key) == entries.Count)
        {
            var list = new object?[entries.Count];
            foreach (var (key, value) in entries)
            {
                list[(long)key - 1] = value;
            }

            return list.ToList();
        }

        var map = new Dictionary<string, object?>(entries.Count, StringComparer.Ordinal);
        foreach (var (key, value) in entries.OrderBy(e => KeyText(e.Key), StringComparer.Ordinal))
        {
            map[KeyText(key)] = value;
        }

        return map;
    }

    // Keys are read without lua_tolstring: converting a number key in place would break lua_next.
    private static object ReadKey(KeraLua.Lua lua, int index) => lua.Type(index) switch
    {
        LuaType.String => Encoding.UTF8.GetString(NativeLua.ToSpan(lua, index)),
        LuaType.Number when lua.IsInteger(index) => lua.ToInteger(index),
        LuaType.Number => lua.ToNumber(index),
        LuaType.Boolean => lua.ToBoolean(index) ? "true" : "false",
        _ => throw new LuaScriptException($"cannot convert a table with a {lua.TypeName(index)} key"),
    };

    private static string KeyText(object key) => key switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => LuaValueFormat.Number(d),
        _ => key.ToString() ?? "",
    };

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
            case byte[] bytes:
                NativeLua.Push(lua, bytes);
                break;
            case int or long or short or sbyte or byte or ushort or uint:
                lua.PushInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal or ulong:
                PushNumber(lua, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case JsonElement element:
                LuaJsonReader.Push(lua, Encoding.UTF8.GetBytes(element.GetRawText()));
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
                throw new LuaScriptException($"cannot give a {value.GetType().Name} to Lua");
        }
    }

    private static void PushNumber(KeraLua.Lua lua, double d)
    {
        if (double.IsInteger(d) && Math.Abs(d) <= MaxExactInteger)
        {
            lua.PushInteger((long)d);
        }
        else
        {
            lua.PushNumber(d);
        }
    }
}
