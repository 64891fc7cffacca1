using System.Text.Json;

namespace SlothActors.Node.Health;

/// <summary>The collector protocol's <c>/health</c> reply.</summary>
internal static class HealthJson
{
    public static void Write(
        Utf8JsonWriter writer, StorageHealthReport storage, string storageType, bool started,
        long eventsProcessed, long activeWebSockets, TimeSpan uptime, string? nodeName = null, AkkaMemberInfo? member = null)
    {
        var healthy = storage.Status == StorageHealthReport.Healthy;
        writer.WriteStartObject();
        writer.WriteString("status", storage.Status);
        writer.WriteStartObject("collector");
        writer.WriteBoolean("healthy", healthy && started);
        writer.WriteBoolean("started", started);
        writer.WriteString("storage_type", storageType);
        writer.WriteNumber("events_processed", eventsProcessed);
        writer.WriteNumber("active_websockets", activeWebSockets);
        writer.WriteEndObject();
        writer.WriteStartObject("storage");
        writer.WriteString("status", storage.Status);
        writer.WriteString("storage_type", storageType);
        writer.WriteNumber("total_events", storage.TotalEvents);
        if (storage.Detail is { } detail)
        {
            writer.WriteString("detail", detail);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("node");
        writer.WriteNumber("uptime_seconds", (long)uptime.TotalSeconds);
        if (nodeName is not null)
        {
            writer.WriteString("name", nodeName);
        }

        if (member is { } akka)
        {
            writer.WriteString("address", akka.Address);
            writer.WriteString("member_status", akka.Status);

            // Kept for the readers of the fields the PostgreSQL membership used to fill: both now
            // read Akka.Cluster (cluster_status is member_status, leader is Akka's leader).
            writer.WriteString("cluster_status", akka.Status);
            writer.WriteBoolean("leader", akka.IsLeader);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
