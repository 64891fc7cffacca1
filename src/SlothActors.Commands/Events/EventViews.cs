using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlothActors.Commands.Events;

/// <summary>A stored event with its status.</summary>
public sealed record EventView(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("stack")] string? Stack,
    [property: JsonPropertyName("source_system")] string? Source,
    [property: JsonPropertyName("severity")] string? Severity,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("timestamp")] DateTimeOffset? Timestamp,
    [property: JsonPropertyName("created_at")] DateTimeOffset? CreatedAt,
    [property: JsonPropertyName("processed_at")] DateTimeOffset? ProcessedAt,
    [property: JsonPropertyName("data")] JsonElement Data,
    [property: JsonPropertyName("correlation_id")] string? CorrelationId = null,
    [property: JsonPropertyName("causation_id")] string? CausationId = null,
    [property: JsonPropertyName("tags")] IReadOnlyList<string>? Tags = null,
    [property: JsonPropertyName("depth")] int Depth = 0,
    [property: JsonPropertyName("attempts")] int Attempts = 0);

public sealed record EventList(
    [property: JsonPropertyName("events")] IReadOnlyList<EventView> Events,
    [property: JsonPropertyName("count")] int Count);

/// <summary>The reply to <see cref="DispatchEvent"/>: the event is durable.</summary>
public sealed record Collected(
    [property: JsonPropertyName("event_id")] string EventId,
    [property: JsonPropertyName("status")] string? Status);

public sealed record CleanupResult(
    [property: JsonPropertyName("deleted")] long Deleted,
    [property: JsonPropertyName("older_than")] string? OlderThan = null);

public sealed record EventTypeView(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("description")] string? Description);

public sealed record EventTypeList([property: JsonPropertyName("types")] IReadOnlyList<EventTypeView> Types);
