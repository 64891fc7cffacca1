using System.Buffers;
using System.Globalization;
using System.Text.Json;
using KeraLua;

namespace SlothActors.Lua.Interop;

/// <summary>
/// Writes a Lua value as JSON: a table whose keys are exactly 1..n is an array, any other table an
/// object (number keys become strings), an empty table <c>{}</c>; integers stay integers.
/// </summary>
internal static class LuaJsonWriter
{
    /// <exception cref="LuaScriptException">A value JSON cannot hold, too deep (or cyclic), or too large.</exception>
    public static byte[] ToUtf8(KeraLua.Lua lua, int index, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, SkipValidation = true }))
        {
            Write(lua, index, writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <exception cref="LuaScriptException">A value JSON cannot hold, too deep (or cyclic), or too large.</exception>
    public static void Write(KeraLua.Lua lua, int index, Utf8JsonWriter writer)
    {
        if (!lua.CheckStack(LuaJsonLimits.MaxDepth * 3 + 8))
        {
            throw new LuaScriptException("Lua stack exhausted");
        }

        var top = lua.GetTop();
        try
        {
            WriteValue(lua, lua.AbsIndex(index), writer, 0);
        }
        finally
        {
            lua.SetTop(top);
        }
    }

    private static void WriteValue(KeraLua.Lua lua, int index, Utf8JsonWriter writer, int depth)
    {
        if (writer.BytesPending + writer.BytesCommitted > LuaJsonLimits.MaxBytes)
        {
            throw new LuaScriptException($"JSON text over the limit of {LuaJsonLimits.MaxBytes} bytes");
        }

        switch (lua.Type(index))
        {
            case LuaType.Nil:
                writer.WriteNullValue();
                break;
            case LuaType.Boolean:
                writer.WriteBooleanValue(lua.ToBoolean(index));
                break;
            case LuaType.Number:
                WriteNumber(lua, index, writer);
                break;
            case LuaType.String:
                WriteString(writer, NativeLua.ToSpan(lua, index), asName: false);
                break;
            case LuaType.Table:
                if (depth >= LuaJsonLimits.MaxDepth)
                {
                    throw new LuaScriptException($"table nested deeper than {LuaJsonLimits.MaxDepth} levels (or it contains a cycle)");
                }

                WriteTable(lua, index, writer, depth + 1);
                break;
            default:
                throw new LuaScriptException($"cannot encode a {lua.TypeName(index)} as JSON");
        }
    }

    private static void WriteTable(KeraLua.Lua lua, int index, Utf8JsonWriter writer, int depth)
    {
        var length = lua.RawLen(index);
        if (length > 0 && CountKeys(lua, index) == length)
        {
            writer.WriteStartArray();
            for (long i = 1; i <= length; i++)
            {
                lua.RawGetInteger(index, i);
                WriteValue(lua, lua.GetTop(), writer, depth);
                lua.Pop(1);
            }

            writer.WriteEndArray();
            return;
        }

        writer.WriteStartObject();
        lua.PushNil();
        while (lua.Next(index))
        {
            WriteKey(lua, lua.GetTop() - 1, writer);
            WriteValue(lua, lua.GetTop(), writer, depth);
            lua.Pop(1);
        }

        writer.WriteEndObject();
    }

    private static long CountKeys(KeraLua.Lua lua, int index)
    {
        long count = 0;
        lua.PushNil();
        while (lua.Next(index))
        {
            lua.Pop(1);
            count++;
        }

        return count;
    }

    private static void WriteKey(KeraLua.Lua lua, int keyIndex, Utf8JsonWriter writer)
    {
        switch (lua.Type(keyIndex))
        {
            case LuaType.String:
                // Read in place: lua_tolstring on a number key would change it and break lua_next.
                WriteString(writer, NativeLua.ToSpan(lua, keyIndex), asName: true);
                break;
            case LuaType.Number:
                writer.WritePropertyName(lua.IsInteger(keyIndex)
                    ? lua.ToInteger(keyIndex).ToString(CultureInfo.InvariantCulture)
                    : lua.ToNumber(keyIndex).ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                throw new LuaScriptException($"cannot encode a table key of type {lua.TypeName(keyIndex)} as JSON");
        }
    }

    private static void WriteNumber(KeraLua.Lua lua, int index, Utf8JsonWriter writer)
    {
        if (lua.IsInteger(index))
        {
            writer.WriteNumberValue(lua.ToInteger(index));
            return;
        }

        var number = lua.ToNumber(index);
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            throw new LuaScriptException("cannot encode NaN or infinity as JSON");
        }

        writer.WriteNumberValue(number);
    }

    private static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8, bool asName)
    {
        try
        {
            if (asName)
            {
                writer.WritePropertyName(utf8);
            }
            else
            {
                writer.WriteStringValue(utf8);
            }
        }
        catch (ArgumentException)
        {
            throw new LuaScriptException("cannot encode a string that is not valid UTF-8 as JSON");
        }
    }
}
