using System.Text.Json;
using SlothActors.Events;
using SlothActors.Events.Naming;

namespace SlothActors.Node.Protocol;

/// <summary>Reads the value of one known event field into the draft; the reader is on the value.</summary>
internal static class EventFieldReader
{
    public static ProtocolError? Read(
        ref Utf8JsonReader reader, ReadOnlySpan<byte> source, EventField field, ref EventDraft draft, ProtocolLimits limits)
    {
        var name = EventFieldNames.Describe(field);
        switch (field)
        {
            case EventField.Id:
                return ReadSameField(ref reader, name, limits.MaxIdentifierLength, ref draft.Id);
            case EventField.Type:
                var typeError = ReadSameField(ref reader, name, EventTypeName.MaxLength, ref draft.Type);
                return typeError ?? (draft.Type is null || EventTypeName.IsValid(draft.Type)
                    ? null
                    : ProtocolError.Invalid(name, $"event_type '{draft.Type}' is not a valid name: use 1-128 characters of a-z, 0-9, '_', '.', '-', starting with a letter"));
            case EventField.Timestamp:
                return ReadTimestamp(ref reader, ref draft);
            case EventField.Source:
                return ReadText(ref reader, name, limits.MaxIdentifierLength, out draft.Source);
            case EventField.Severity:
                return ReadSeverity(ref reader, ref draft);
            case EventField.CorrelationId:
                return ReadText(ref reader, name, limits.MaxIdentifierLength, out draft.CorrelationId);
            case EventField.CausationId:
                return ReadText(ref reader, name, limits.MaxIdentifierLength, out draft.CausationId);
            case EventField.Stack:
                return ReadText(ref reader, name, limits.MaxIdentifierLength, out draft.Stack);
            case EventField.Data:
                return ReadData(ref reader, source, ref draft, limits);
            case EventField.Tags:
                return TagsReader.Read(ref reader, ref draft, limits);
            case EventField.Depth:
                return ReadDepth(ref reader, ref draft, limits);
            default:
                reader.Skip();
                return null;
        }
    }

    // event_id/id and event_type/type are one field under two names: both may be sent, but must agree.
    private static ProtocolError? ReadSameField(ref Utf8JsonReader reader, string name, int maxLength, ref string? slot)
    {
        var error = ReadText(ref reader, name, maxLength, out var value);
        if (error is not null || value is null)
        {
            return error;
        }

        if (slot is not null && slot != value)
        {
            return ProtocolError.Invalid(name, $"{name} is sent twice with different values ('{slot}' and '{value}'); send one");
        }

        slot = value;
        return null;
    }

    private static ProtocolError? ReadText(ref Utf8JsonReader reader, string name, int maxLength, out string? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                value = reader.GetString()!;
                if (value.Length == 0)
                {
                    value = null;
                    return ProtocolError.Invalid(name, $"{name} is empty; leave it out or give it a value");
                }

                return value.Length <= maxLength
                    ? null
                    : ProtocolError.Invalid(name, $"{name} is longer than {maxLength} characters");
            default:
                reader.Skip();
                return ProtocolError.Invalid(name, $"{name} must be a string");
        }
    }

    private static ProtocolError? ReadTimestamp(ref Utf8JsonReader reader, ref EventDraft draft)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String && ProtocolTimestamp.TryRead(ref reader, out var value))
        {
            draft.Timestamp = value;
            return null;
        }

        reader.Skip();
        return ProtocolError.Invalid("timestamp", "timestamp must be an ISO-8601 date and time, e.g. 2025-10-06T14:23:45Z");
    }

    private static ProtocolError? ReadSeverity(ref Utf8JsonReader reader, ref EventDraft draft)
    {
        var error = ReadText(ref reader, "severity", 16, out var text);
        if (error is not null || text is null)
        {
            return error;
        }

        if (EventSeverityNames.TryParse(text, out var severity))
        {
            draft.Severity = severity;
            return null;
        }

        return ProtocolError.Invalid("severity", $"severity '{text}' is unknown: use debug, info, warning, error or critical");
    }

    private static ProtocolError? ReadData(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, ref EventDraft draft, ProtocolLimits limits)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return ProtocolError.Invalid("data", "data must be a JSON object, e.g. {\"key\": \"value\"}");
        }

        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        var length = (int)reader.BytesConsumed - start;
        if (length > limits.MaxDataBytes)
        {
            return ProtocolError.TooLarge("data", $"data is {length} bytes; the limit is {limits.MaxDataBytes} bytes");
        }

        draft.Data = System.Text.Encoding.UTF8.GetString(source.Slice(start, length));
        return null;
    }

    private static ProtocolError? ReadDepth(ref Utf8JsonReader reader, ref EventDraft draft, ProtocolLimits limits)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var depth) && depth >= 0 && depth <= limits.MaxDepth)
        {
            draft.Depth = depth;
            return null;
        }

        reader.Skip();
        return ProtocolError.Invalid("depth", $"depth must be a whole number from 0 to {limits.MaxDepth}");
    }
}
