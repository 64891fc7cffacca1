using System.Text.Json;
using SlothActors.Events;
using SlothActors.Journal.Queries;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Api;

/// <summary>Replies that list events: <c>GET /events</c> (with the query it ran) and the correlation view.</summary>
internal static class EventListJson
{
    public static void WriteList(Utf8JsonWriter writer, IReadOnlyList<Event> events, EventQuery query)
    {
        writer.WriteStartObject();
        WriteEvents(writer, events);
        writer.WriteNumber("count", events.Count);
        writer.WriteStartObject("query");
        WriteOptional(writer, "source_system", query.Source);
        WriteOptional(writer, "event_type", query.Type);
        WriteOptional(writer, "severity", query.Severity is { } severity ? EventSeverityNames.ToName(severity) : null);
        WriteOptional(writer, "status", query.Status is { } status ? EventStatusNames.ToName(status) : null);
        WriteOptional(writer, "stack", query.Stack);
        WriteOptional(writer, "correlation_id", query.CorrelationId);
        WriteOptional(writer, "start_time", query.Start is { } start ? ProtocolTimestamp.Format(start) : null);
        WriteOptional(writer, "end_time", query.End is { } end ? ProtocolTimestamp.Format(end) : null);
        writer.WriteStartArray("tags");
        foreach (var tag in query.Tags)
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
        writer.WriteNumber("limit", query.Limit);
        writer.WriteNumber("offset", query.Offset);
        writer.WriteString("sort_by", "timestamp");
        writer.WriteString("sort_order", query.Order == SortOrder.Ascending ? "asc" : "desc");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void WriteCorrelation(Utf8JsonWriter writer, string correlationId, IReadOnlyList<Event> events)
    {
        writer.WriteStartObject();
        writer.WriteString("correlation_id", correlationId);
        WriteEvents(writer, events);
        writer.WriteNumber("count", events.Count);
        writer.WriteEndObject();
    }

    private static void WriteEvents(Utf8JsonWriter writer, IReadOnlyList<Event> events)
    {
        writer.WriteStartArray("events");
        foreach (var evt in events)
        {
            EventJson.Write(writer, evt);
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
