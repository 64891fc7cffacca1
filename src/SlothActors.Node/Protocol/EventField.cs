using System.Text.Json;

namespace SlothActors.Node.Protocol;

/// <summary>The fields of the event object, each known under every name a client may use.</summary>
internal enum EventField
{
    Unknown,
    Id,
    Type,
    Timestamp,
    Source,
    Severity,
    CorrelationId,
    Data,
    Tags,
    Stack,
    CausationId,
    Depth,

    /// <summary>Fields the node owns (status, times, attempts): a client's value is ignored.</summary>
    ServerOwned,
}

internal static class EventFieldNames
{
    /// <summary>Every name the reply writes; an extra field under one of these is never echoed.</summary>
    public static readonly HashSet<string> Reserved =
    [
        "event_id", "id", "event_type", "type", "timestamp", "source_system", "source", "severity",
        "correlation_id", "data", "tags", "stack", "causation_id", "depth",
        "status", "error", "created_at", "processed_at", "attempts",
    ];

    /// <summary>Classifies the property name the reader is on.</summary>
    public static EventField Classify(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("event_id"u8) || reader.ValueTextEquals("id"u8))
        {
            return EventField.Id;
        }

        if (reader.ValueTextEquals("event_type"u8) || reader.ValueTextEquals("type"u8))
        {
            return EventField.Type;
        }

        if (reader.ValueTextEquals("timestamp"u8))
        {
            return EventField.Timestamp;
        }

        if (reader.ValueTextEquals("data"u8))
        {
            return EventField.Data;
        }

        if (reader.ValueTextEquals("source_system"u8) || reader.ValueTextEquals("source"u8))
        {
            return EventField.Source;
        }

        if (reader.ValueTextEquals("severity"u8))
        {
            return EventField.Severity;
        }

        if (reader.ValueTextEquals("correlation_id"u8))
        {
            return EventField.CorrelationId;
        }

        if (reader.ValueTextEquals("tags"u8))
        {
            return EventField.Tags;
        }

        if (reader.ValueTextEquals("stack"u8))
        {
            return EventField.Stack;
        }

        if (reader.ValueTextEquals("causation_id"u8))
        {
            return EventField.CausationId;
        }

        if (reader.ValueTextEquals("depth"u8))
        {
            return EventField.Depth;
        }

        return reader.ValueTextEquals("status"u8) || reader.ValueTextEquals("error"u8)
            || reader.ValueTextEquals("created_at"u8) || reader.ValueTextEquals("processed_at"u8)
            || reader.ValueTextEquals("attempts"u8)
            ? EventField.ServerOwned
            : EventField.Unknown;
    }

    /// <summary>The name to report in an error: the ecosystem name where there is one.</summary>
    public static string Describe(EventField field) => field switch
    {
        EventField.Id => "event_id",
        EventField.Type => "event_type",
        EventField.Timestamp => "timestamp",
        EventField.Source => "source_system",
        EventField.Severity => "severity",
        EventField.CorrelationId => "correlation_id",
        EventField.Data => "data",
        EventField.Tags => "tags",
        EventField.Stack => "stack",
        EventField.CausationId => "causation_id",
        EventField.Depth => "depth",
        _ => "event",
    };
}
