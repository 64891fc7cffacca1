using System.Text.Json;
using SlothActors.Events.Catalog;
using SlothActors.Journal.Queries;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Api;

/// <summary><c>GET /events/stats</c> and <c>GET /events/types</c> replies.</summary>
internal static class StatsJson
{
    public static void WriteStats(Utf8JsonWriter writer, EventStats stats)
    {
        writer.WriteStartObject();
        writer.WriteNumber("total_events", stats.Total);
        WriteCounts(writer, "by_source_system", stats.BySource);
        WriteCounts(writer, "by_event_type", stats.ByType);
        WriteCounts(writer, "by_severity", stats.BySeverity);
        writer.WriteStartObject("time_range");
        WriteTime(writer, "start", stats.Start);
        WriteTime(writer, "end", stats.End);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void WriteTypes(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("types");
        foreach (var type in EventCatalog.All)
        {
            writer.WriteStartObject();
            writer.WriteString("name", type.Name);
            writer.WriteString("category", type.Category);
            writer.WriteString("description", type.Description);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("count", EventCatalog.All.Count);
        writer.WriteStartArray("categories");
        foreach (var category in EventCatalog.Categories)
        {
            writer.WriteStringValue(category);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, long> counts)
    {
        writer.WriteStartObject(name);
        foreach (var (key, count) in counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            // An event without a source is counted under "": shown as "unknown" so the key reads as something.
            writer.WriteNumber(key.Length == 0 ? "unknown" : key, count);
        }

        writer.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            ProtocolTimestamp.Write(writer, name, time);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
