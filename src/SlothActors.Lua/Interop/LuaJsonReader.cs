using System.Buffers;
using System.Text.Json;

namespace SlothActors.Lua.Interop;

/// <summary>
/// Pushes a JSON text as one Lua value: objects become tables, arrays 1-based sequences, whole
/// numbers integers, <c>null</c> nil (an object key with null is absent; an array keeps its hole).
/// </summary>
internal static class LuaJsonReader
{
    /// <exception cref="LuaScriptException">Invalid JSON, too deep, or too large.</exception>
    public static void Push(KeraLua.Lua lua, ReadOnlySpan<byte> json)
    {
        if (json.Length > LuaJsonLimits.MaxBytes)
        {
            throw new LuaScriptException($"JSON text of {json.Length} bytes is over the limit of {LuaJsonLimits.MaxBytes} bytes");
        }

        if (!lua.CheckStack(LuaJsonLimits.MaxDepth * 2 + 8))
        {
            throw new LuaScriptException("Lua stack exhausted");
        }

        var top = lua.GetTop();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = LuaJsonLimits.MaxDepth });
        try
        {
            if (!reader.Read())
            {
                throw new LuaScriptException("invalid JSON: empty input");
            }

            PushValue(lua, ref reader);
            if (reader.Read())
            {
                throw new LuaScriptException($"invalid JSON: unexpected data after the value at byte {reader.TokenStartIndex}");
            }
        }
        catch (JsonException e)
        {
            lua.SetTop(top);
            throw new LuaScriptException($"invalid JSON at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}: {FirstSentence(e.Message)}");
        }
        catch
        {
            lua.SetTop(top);
            throw;
        }
    }

    private static void PushValue(KeraLua.Lua lua, ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                lua.CreateTable(0, 4);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    PushString(lua, ref reader);
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        lua.Pop(1);
                        continue;
                    }

                    PushValue(lua, ref reader);
                    lua.RawSet(-3);
                }

                break;
            case JsonTokenType.StartArray:
                lua.CreateTable(4, 0);
                long index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    index++;
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        continue;
                    }

                    PushValue(lua, ref reader);
                    lua.RawSetInteger(-2, index);
                }

                break;
            case JsonTokenType.String:
                PushString(lua, ref reader);
                break;
            case JsonTokenType.Number:
                PushNumber(lua, ref reader);
                break;
            case JsonTokenType.True:
                lua.PushBoolean(true);
                break;
            case JsonTokenType.False:
                lua.PushBoolean(false);
                break;
            default:
                lua.PushNil();
                break;
        }
    }

    private static void PushNumber(KeraLua.Lua lua, ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt64(out var whole))
        {
            lua.PushInteger(whole);
            return;
        }

        var number = reader.GetDouble();
        if (Math.Floor(number) == number && number >= long.MinValue && number < 9.2233720368547758E18)
        {
            lua.PushInteger((long)number);
        }
        else
        {
            lua.PushNumber(number);
        }
    }

    private static void PushString(KeraLua.Lua lua, ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            NativeLua.Push(lua, reader.ValueSpan);
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            var length = reader.CopyString(rented);
            NativeLua.Push(lua, rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
