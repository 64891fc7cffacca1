using System.Text.Json;

namespace SlothActors.Node.Protocol;

/// <summary>Reads <c>tags</c>: an array of non-empty strings, bounded in count and length.</summary>
internal static class TagsReader
{
    public static ProtocolError? Read(ref Utf8JsonReader reader, ref EventDraft draft, ProtocolLimits limits)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return ProtocolError.Invalid("tags", "tags must be an array of strings");
        }

        ProtocolError? error = null;
        var tags = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (error is not null)
            {
                reader.Skip();
                continue;
            }

            error = ReadOne(ref reader, tags, limits);
        }

        draft.Tags = tags;
        return error;
    }

    private static ProtocolError? ReadOne(ref Utf8JsonReader reader, List<string> tags, ProtocolLimits limits)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return ProtocolError.Invalid("tags", "tags must be an array of strings");
        }

        if (tags.Count == limits.MaxTags)
        {
            return ProtocolError.Invalid("tags", $"an event may carry at most {limits.MaxTags} tags");
        }

        var tag = reader.GetString()!;
        if (tag.Length == 0 || tag.Length > limits.MaxTagLength)
        {
            return ProtocolError.Invalid("tags", $"each tag must be 1 to {limits.MaxTagLength} characters");
        }

        tags.Add(tag);
        return null;
    }
}
