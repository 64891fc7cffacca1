using System.Text.Json;

namespace SlothActors.Node.Protocol;

/// <summary>The collector protocol's acknowledgement replies.</summary>
public static class ReplyJson
{
    /// <summary><c>{"event_id": "...", "id": "...", "status": "collected"}</c>.</summary>
    public static void WriteCollected(Utf8JsonWriter writer, string eventId)
    {
        writer.WriteStartObject();
        writer.WriteString("event_id", eventId);
        writer.WriteString("id", eventId);
        writer.WriteString("status", "collected");
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>{"collected": N, "failed": M, "status": "batch_completed", "errors": [...], "event_ids": [...]}</c>;
    /// each error names the event's index in the batch, the field and what was wrong.
    /// </summary>
    public static void WriteBatch(Utf8JsonWriter writer, BatchParseResult batch)
    {
        writer.WriteStartObject();
        writer.WriteNumber("collected", batch.Events.Count);
        writer.WriteNumber("failed", batch.Failures.Count);
        writer.WriteString("status", "batch_completed");
        writer.WriteStartArray("errors");
        foreach (var failure in batch.Failures)
        {
            writer.WriteStartObject();
            writer.WriteNumber("index", failure.Index);
            if (failure.Error.Field is { } field)
            {
                writer.WriteString("field", field);
            }

            writer.WriteString("error", failure.Error.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("event_ids");
        foreach (var evt in batch.Events)
        {
            writer.WriteStringValue(evt.Id);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
