using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SlothActors.Journal.Serialization;

/// <summary>
/// An event's tags as a JSON array of strings, shared by the journal dialects: SQLite stores the text so
/// json_each can filter on it; PostgreSQL sends one text per event in a batch insert, since an array
/// parameter cannot be ragged, and turns it back into the row's text[].
/// </summary>
public static class TagsJson
{
    private const string Empty = "[]";

    public static string Write(IReadOnlyList<string> tags)
    {
        if (tags.Count == 0)
        {
            return Empty;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var tag in tags)
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyList<string> Read(string json)
    {
        if (json.Length <= Empty.Length)
        {
            return [];
        }

        var tags = new List<string>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                tags.Add(reader.GetString()!);
            }
        }

        return tags;
    }
}
