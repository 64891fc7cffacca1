using KeraLua;
using SlothActors.Lua.Interop;

namespace SlothActors.Lua.Loading;

/// <summary>The metadata fields a hook table declares, read raw (no metamethod runs) with their type errors.</summary>
internal sealed class DeclaredMetadata
{
    public string? Name { get; private set; }

    public string? Description { get; private set; }

    public List<string> EventTypes { get; } = [];

    public string? Stack { get; private set; }

    public string? Timeout { get; private set; }

    public List<string> Errors { get; } = [];

    public static DeclaredMetadata Read(KeraLua.Lua lua, int table)
    {
        var declared = new DeclaredMetadata();
        if (lua.Type(table) != LuaType.Table)
        {
            return declared;
        }

        declared.Name = declared.Text(lua, table, "name");
        declared.Description = declared.Text(lua, table, "description");
        declared.Stack = declared.Text(lua, table, "stack");
        declared.Timeout = declared.Text(lua, table, "timeout");
        var single = declared.Text(lua, table, "event_type");
        if (single is not null)
        {
            declared.EventTypes.Add(single);
        }

        declared.ReadTypeList(lua, table);
        return declared;
    }

    private string? Text(KeraLua.Lua lua, int table, string field)
    {
        NativeLua.Push(lua, field);
        var type = lua.RawGet(table);
        try
        {
            return type switch
            {
                LuaType.Nil => null,
                LuaType.String => lua.ToString(-1, false),
                LuaType.Number when field == "timeout" => lua.ToString(-1, false),
                _ => Invalid($"'{field}' must be a string, not a {lua.TypeName(type)}"),
            };
        }
        finally
        {
            lua.Pop(1);
        }
    }

    private void ReadTypeList(KeraLua.Lua lua, int table)
    {
        NativeLua.Push(lua, "event_types");
        var type = lua.RawGet(table);
        if (type == LuaType.Table)
        {
            var count = lua.RawLen(-1);
            for (var i = 1; i <= count && i <= 256; i++)
            {
                if (lua.RawGetInteger(-1, i) == LuaType.String)
                {
                    EventTypes.Add(lua.ToString(-1, false));
                }
                else
                {
                    Invalid($"'event_types' must be a list of strings; item {i} is a {lua.TypeName(-1)}");
                }

                lua.Pop(1);
            }
        }
        else if (type != LuaType.Nil)
        {
            Invalid($"'event_types' must be a list of strings, not a {lua.TypeName(type)}");
        }

        lua.Pop(1);
    }

    private string? Invalid(string error)
    {
        Errors.Add(error);
        return null;
    }
}
