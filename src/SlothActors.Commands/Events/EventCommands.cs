using System.Text.Json.Serialization;
using SlothActors.Commands.Hooks;
using SlothActors.Commands.Protocol;

namespace SlothActors.Commands.Events;

// The event verbs of `sloth events`. Each is answered with the reply named in its comment, or
// with CommandRefused.

/// <summary>Events, newest first; null filters mean "any". Reply: <see cref="EventList"/>.</summary>
public sealed record ListEvents(
    [property: JsonPropertyName("event_type")] string? Type = null,
    [property: JsonPropertyName("status")] string? Status = null,
    [property: JsonPropertyName("stack")] string? Stack = null,
    [property: JsonPropertyName("limit")] int? Limit = null) : NodeCommand;

/// <summary>Reply: <see cref="EventView"/>.</summary>
public sealed record GetEvent([property: JsonPropertyName("id")] string Id) : NodeCommand;

/// <summary>An event's hook executions. Reply: <see cref="ExecutionList"/>.</summary>
public sealed record GetExecutions([property: JsonPropertyName("id")] string Id) : NodeCommand;

/// <summary>Reply: <see cref="CommandDone"/>.</summary>
public sealed record DeleteEvent([property: JsonPropertyName("id")] string Id) : NodeCommand;

/// <summary>Deletes finished events older than a duration such as <c>720h</c> or <c>30d</c>. Reply: <see cref="CleanupResult"/>.</summary>
public sealed record CleanupEvents([property: JsonPropertyName("older_than")] string OlderThan) : NodeCommand;

/// <summary>Accepts one event, answered once it is durable. Reply: <see cref="Collected"/>.</summary>
public sealed record DispatchEvent([property: JsonPropertyName("event")] EventDraft Event) : NodeCommand;

/// <summary>The event-type catalog. Reply: <see cref="EventTypeList"/>.</summary>
public sealed record ListEventTypes : NodeCommand;

/// <summary>
/// Follows the events the node accepts from now on. The host answers the sender with
/// <see cref="StreamStarted"/> from the actor that then sends each event as an
/// <see cref="EventView"/>; it stops when the sender stops (DeathWatch), and the sender
/// learns the node went away by watching that actor.
/// </summary>
public sealed record FollowEvents(
    [property: JsonPropertyName("event_type")] string? Type,
    [property: JsonPropertyName("stack")] string? Stack) : NodeCommand;
