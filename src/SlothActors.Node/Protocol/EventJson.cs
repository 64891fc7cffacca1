using System.Buffers;
using System.Text.Json;
using SlothActors.Events;

namespace SlothActors.Node.Protocol;

/// <summary>
/// Writes an event in the reply shape: the ecosystem names (<c>event_id</c>, <c>event_type</c>,
/// <c>source_system</c>, ...) and the native names (<c>id</c>, <c>type</c>, <c>stack</c>, ...) side
/// by side, so clients of either kind read it unchanged, then the producer's extra fields.
/// </summary>
public static class EventJson
{
    public static void Write(Utf8JsonWriter writer, Event evt)
    {
        writer.WriteStartObject();
        writer.WriteString("event_id", evt.Id);
        writer.WriteString("id", evt.Id);
        writer.WriteString("event_type", evt.Type);
        writer.WriteString("type", evt.Type);
        WriteNullable(writer, "source_system", evt.Source);
        WriteNullable(writer, "source", evt.Source);
        ProtocolTimestamp.Write(writer, "timestamp", evt.Timestamp);
        writer.WriteString("severity", EventSeverityNames.ToName(evt.Severity));
        WriteNullable(writer, "correlation_id", evt.CorrelationId);
        writer.WritePropertyName("data");
        writer.WriteRawValue(evt.Data, skipInputValidation: true);
        writer.WriteStartArray("tags");
        foreach (var tag in evt.Tags)
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
        WriteNullable(writer, "stack", evt.Stack);
        writer.WriteString("status", EventStatusNames.ToName(evt.Status));
        WriteNullable(writer, "error", evt.Error);
        ProtocolTimestamp.Write(writer, "created_at", evt.CreatedAt);
        if (evt.ProcessedAt is { } processed)
        {
            ProtocolTimestamp.Write(writer, "processed_at", processed);
        }
        else
        {
            writer.WriteNull("processed_at");
        }

        WriteNullable(writer, "causation_id", evt.CausationId);
        writer.WriteNumber("depth", evt.Depth);
        writer.WriteNumber("attempts", evt.Attempts);
        WriteExtra(writer, evt.Extra);
        writer.WriteEndObject();
    }

    public static string ToJson(Event evt)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, evt);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    // Extra fields come back as sent, except under a name the reply already uses: those were
    // never the producer's to set, and a duplicate key would make the reply ambiguous.
    private static void WriteExtra(Utf8JsonWriter writer, string? extra)
    {
        if (string.IsNullOrEmpty(extra))
        {
            return;
        }

        using var document = JsonDocument.Parse(extra);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!EventFieldNames.Reserved.Contains(property.Name))
            {
                property.WriteTo(writer);
            }
        }
    }
}
