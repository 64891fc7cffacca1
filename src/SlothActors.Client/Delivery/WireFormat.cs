using System.Globalization;
using System.Text.Json;

namespace SlothActors.Client.Delivery;

/// <summary>Writes events in the collector protocol's ecosystem shape (snake_case, ISO-8601 UTC).</summary>
internal static class WireFormat
{
    private static readonly JsonSerializerOptions DataOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, MaxDepth = 64 };
    private static readonly Dictionary<string, object?> EmptyData = [];

    /// <exception cref="ArgumentException">The data cannot be written as JSON (a cycle, too deep, an unsupported type).</exception>
    public static byte[] Data(IReadOnlyDictionary<string, object?>? data)
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(data ?? EmptyData, DataOptions);
        }
        catch (Exception failure) when (failure is JsonException or NotSupportedException)
        {
            throw new ArgumentException($"event data cannot be written as JSON: {failure.Message}", nameof(data), failure);
        }
    }

    public static byte[] One(OutgoingEvent outgoing)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, outgoing);
        }

        return buffer.ToArray();
    }

    public static byte[] Many(IReadOnlyList<OutgoingEvent> batch)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var outgoing in batch)
            {
                Write(writer, outgoing);
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Debug => "debug",
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        Severity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "unknown severity"),
    };

    private static void Write(Utf8JsonWriter writer, OutgoingEvent outgoing)
    {
        writer.WriteStartObject();
        writer.WriteString("event_id", outgoing.EventId.ToString());
        writer.WriteString("event_type", outgoing.EventType);
        writer.WriteString("timestamp", outgoing.Timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture));
        writer.WriteString("source_system", outgoing.SourceSystem);
        writer.WriteString("severity", SeverityName(outgoing.Severity));
        writer.WriteString("correlation_id", outgoing.CorrelationId);
        writer.WritePropertyName("data");
        writer.WriteRawValue(outgoing.DataJson, skipInputValidation: true);
        writer.WriteStartArray("tags");
        foreach (var tag in outgoing.Tags)
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
