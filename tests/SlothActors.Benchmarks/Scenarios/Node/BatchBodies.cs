using System.Buffers;
using System.Text.Json;
using SlothActors.Events;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>The <c>POST /events/batch</c> body for a batch of events: a JSON array in the collector protocol.</summary>
internal static class BatchBodies
{
    public static byte[] Of(IReadOnlyList<Event> events)
    {
        var buffer = new ArrayBufferWriter<byte>(events.Count * 160);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var evt in events)
            {
                writer.WriteStartObject();
                writer.WriteString("event_id", evt.Id);
                writer.WriteString("event_type", evt.Type);
                writer.WriteString("timestamp", evt.Timestamp);
                writer.WriteString("source_system", evt.Source);
                writer.WritePropertyName("data");
                writer.WriteRawValue(evt.Data, skipInputValidation: true);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
