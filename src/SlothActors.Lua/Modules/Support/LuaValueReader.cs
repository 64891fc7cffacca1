using System.Globalization;
using KeraLua;

namespace SlothActors.Lua.Modules.Support;

/// <summary>
/// Copies a Lua value into plain .NET values: null, bool, long, double, string,
/// <see cref="List{T}"/> (a table whose keys are exactly 1..n) and
/// <see cref="Dictionary{TKey, TValue}"/> with string keys (any other table; number keys become text).
/// An empty table reads as an empty dictionary.
/// </summary>
internal static class LuaValueReader
{
    public const int MaxDepth = 64;

    public static object? Read(KeraLua.Lua state, int index) => Read(state, state.AbsIndex(index), 0);

    private static object? Read(KeraLua.Lua state, int index, int depth) => state.Type(index) switch
    {
        LuaType.None or LuaType.Nil => null,
        LuaType.Boolean => state.ToBoolean(index),
        LuaType.Number => state.IsInteger(index) ? state.ToInteger(index) : state.ToNumber(index),
        LuaType.String => LuaStrings.Read(state, index),
        LuaType.Table => ReadTable(state, index, depth + 1),
        var other => throw new LuaModuleException($"cannot convert a {other.ToString().ToLowerInvariant()} value (only nil, booleans, numbers, strings and tables)"),
    };

    private static object ReadTable(KeraLua.Lua state, int index, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new LuaModuleException($"table nested deeper than {MaxDepth} levels (or it contains a cycle)");
        }

        if (!state.CheckStack(4))
        {
            throw new LuaModuleException("Lua stack exhausted while reading a table");
        }

        var entries = new List<(object Key, object? Value)>();
        var allSequenceKeys = true;
        state.PushNil();
        while (state.Next(index))
        {
            var key = ReadKey(state, -2);
            allSequenceKeys &= key is long n && n >= 1;
            entries.Add((key, Read(state, state.GetTop(), depth)));
            state.Pop(1);
        }

        if (entries.Count > 0 && allSequenceKeys && entries.Max(e => (long)e.Key) == entries.Count)
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

    private static object ReadKey(KeraLua.Lua state, int index) => state.Type(index) switch
    {
        LuaType.String => LuaStrings.Read(state, index),
        LuaType.Number when state.IsInteger(index) => state.ToInteger(index),
        LuaType.Number => state.ToNumber(index),
        LuaType.Boolean => state.ToBoolean(index) ? "true" : "false",
        var other => throw new LuaModuleException($"cannot convert a table with a {other.ToString().ToLowerInvariant()} key"),
    };

    private static string KeyText(object key) => key switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => LuaValueFormat.Number(d),
        _ => key.ToString() ?? "",
    };
}
