using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SlothActors.Journal.Postgres.Storage;

/// <summary>
/// One event's tags as a JSON array: a batch insert sends one text per event, since an array
/// parameter cannot be ragged, and the SQL turns it back into the row's text[].
/// </summary>
internal static class TagsJson
{
    /// <returns>Null for no tags, which the insert stores as an empty array.</returns>
    public static string? Write(IReadOnlyList<string> tags)
    {
        if (tags.Count == 0)
        {
            return null;
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
}
