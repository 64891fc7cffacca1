namespace SlothActors.Lua.Modules.Support;

/// <summary>
/// Pushes plain .NET values (as <see cref="LuaValueReader"/> produces them) onto the Lua stack.
/// Whole doubles become Lua integers: hooks format counters with <c>%d</c>.
/// </summary>
internal static class LuaValueWriter
{
    private const double MaxExactInteger = 9007199254740992d; // 2^53

    public static void Push(KeraLua.Lua state, object? value, int depth = 0)
    {
        if (depth > LuaValueReader.MaxDepth || !state.CheckStack(3))
        {
            throw new LuaModuleException($"value nested deeper than {LuaValueReader.MaxDepth} levels");
        }

        switch (value)
        {
            case null:
                state.PushNil();
                break;
            case bool b:
                state.PushBoolean(b);
                break;
            case long l:
                state.PushInteger(l);
                break;
            case int i:
                state.PushInteger(i);
                break;
            case double d:
                PushNumber(state, d);
                break;
            case string s:
                LuaStrings.Push(state, s);
                break;
            case byte[] bytes:
                state.PushBuffer(bytes);
                break;
            case IReadOnlyList<object?> list:
                state.CreateTable(list.Count, 0);
                for (var i = 0; i < list.Count; i++)
                {
                    Push(state, list[i], depth + 1);
                    state.RawSetInteger(-2, i + 1);
                }

                break;
            case IReadOnlyDictionary<string, object?> map:
                state.CreateTable(0, map.Count);
                foreach (var (key, item) in map)
                {
                    LuaStrings.Push(state, key);
                    Push(state, item, depth + 1);
                    state.RawSet(-3);
                }

                break;
            default:
                throw new LuaModuleException($"cannot give a {value.GetType().Name} to Lua");
        }
    }

    private static void PushNumber(KeraLua.Lua state, double d)
    {
        if (double.IsInteger(d) && Math.Abs(d) <= MaxExactInteger)
        {
            state.PushInteger((long)d);
        }
        else
        {
            state.PushNumber(d);
        }
    }
}
