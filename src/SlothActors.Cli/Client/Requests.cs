using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlothActors.Cli.Client;

/// <summary>Body of <c>POST /hooks</c>; name and event types default to what the script declares.</summary>
public sealed record HookAddRequest(
    [property: JsonPropertyName("script")] string Script,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("event_types")] IReadOnlyList<string>? EventTypes,
    [property: JsonPropertyName("stack")] string? Stack,
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("file_path")] string? FilePath);

/// <summary>The event <c>hook test</c> and <c>events dispatch</c> send.</summary>
public sealed record EventDraft(
    [property: JsonPropertyName("event_type")] string Type,
    [property: JsonPropertyName("data")] JsonElement? Data,
    [property: JsonPropertyName("stack")] string? Stack,
    [property: JsonPropertyName("event_id")] string? Id = null);

/// <summary>Body of <c>POST /hooks/test</c>: a script to try, or the name of a registered hook.</summary>
public sealed record HookTestRequest(
    [property: JsonPropertyName("script")] string? Script,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("event")] EventDraft Event);

/// <summary>Filters of <c>GET /events</c>; null means "any".</summary>
public sealed record EventFilter(string? Type = null, string? Status = null, string? Stack = null, int? Limit = null);
