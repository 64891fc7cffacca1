using System.Text.Json;

namespace SlothActors.Lua.Modules.Support;

/// <summary>JSON text ↔ the plain .NET values that <see cref="LuaValueReader"/>/<see cref="LuaValueWriter"/> use.</summary>
internal static class JsonValueCodec
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = LuaValueReader.MaxDepth };

    public static string Encode(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = false }))
        {
            Write(writer, value, 0);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <exception cref="LuaModuleException">The text is not JSON, or nests too deep.</exception>
    public static object? Decode(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return Convert(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new LuaModuleException($"invalid JSON: {ex.Message}", ex);
        }
    }

    public static bool TryDecode(string json, out object? value)
    {
        try
        {
            value = Decode(json);
            return true;
        }
        catch (LuaModuleException)
        {
            value = null;
            return false;
        }
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (map, property) =>
            {
                map[property.Name] = Convert(property.Value);
                return map;
            }),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static void Write(Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > LuaValueReader.MaxDepth)
        {
            throw new LuaModuleException($"value nested deeper than {LuaValueReader.MaxDepth} levels");
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case double:
                throw new LuaModuleException("NaN and infinite numbers cannot be written as JSON");
            case string s:
                writer.WriteStringValue(s);
                break;
            case IReadOnlyList<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item, depth + 1);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new LuaModuleException($"cannot write a {value.GetType().Name} as JSON");
        }
    }
}
