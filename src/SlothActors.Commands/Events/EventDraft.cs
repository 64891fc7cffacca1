using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlothActors.Commands.Events;

/// <summary>
/// An event as a producer writes it (the collector protocol's names): what <c>events dispatch</c>
/// sends and what <c>hook test</c> runs on. The node checks it with the same rules as
/// <c>POST /events</c>.
/// </summary>
public sealed record EventDraft(
    [property: JsonPropertyName("event_type")] string Type,
    [property: JsonPropertyName("data")] JsonElement? Data,
    [property: JsonPropertyName("stack")] string? Stack,
    [property: JsonPropertyName("event_id")] string? Id = null);
