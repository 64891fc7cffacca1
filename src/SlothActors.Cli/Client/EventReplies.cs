using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlothActors.Cli.Client;

// The shapes of the node's replies (docs/api.md). Every field is optional on read: a node may
// send more fields, and an older node fewer, without breaking the CLI.

public sealed record ExecutionView(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("event_id")] string? EventId,
    [property: JsonPropertyName("hook_id")] string? HookId,
    [property: JsonPropertyName("hook_name")] string HookName,
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("output")] string? Output,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("duration_ms")] long DurationMs,
    [property: JsonPropertyName("executed_at")] DateTimeOffset ExecutedAt);

public sealed record ExecutionList([property: JsonPropertyName("executions")] IReadOnlyList<ExecutionView> Executions);

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
    [property: JsonPropertyName("data")] JsonElement Data);

public sealed record EventList(
    [property: JsonPropertyName("events")] IReadOnlyList<EventView> Events,
    [property: JsonPropertyName("count")] int Count);

public sealed record Collected(
    [property: JsonPropertyName("event_id")] string EventId,
    [property: JsonPropertyName("status")] string? Status);

public sealed record CleanupResult([property: JsonPropertyName("deleted")] long Deleted);

public sealed record EventTypeView(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("description")] string? Description);

public sealed record EventTypeList([property: JsonPropertyName("types")] IReadOnlyList<EventTypeView> Types);
