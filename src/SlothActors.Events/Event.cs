namespace SlothActors.Events;

/// <summary>
/// One event as the journal keeps it. Immutable: a status change is a new value made with <c>with</c>.
/// </summary>
public sealed record Event
{
    /// <summary>UUIDv7 text unless the producer sent an id; a repeated id is the same event.</summary>
    public required string Id { get; init; }

    /// <summary>Event type name, see <c>EventTypeName</c> for the grammar.</summary>
    public required string Type { get; init; }

    /// <summary>When the event happened, as the producer says (server time when missing).</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The event's data: the text of one JSON object (<c>{}</c> when empty).</summary>
    public string Data { get; init; } = "{}";

    public EventStatus Status { get; init; } = EventStatus.Pending;

    /// <summary>Why the event failed: each failing hook with its message.</summary>
    public string? Error { get; init; }

    /// <summary>When the journal accepted the event.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ProcessedAt { get; init; }

    /// <summary>Stack (project/environment) for hook isolation; null means "no stack".</summary>
    public string? Stack { get; init; }

    /// <summary>Producing system (the collector protocol's <c>source_system</c>).</summary>
    public string? Source { get; init; }

    public EventSeverity Severity { get; init; } = EventSeverity.Info;

    public string? CorrelationId { get; init; }

    /// <summary>Id of the event whose hook dispatched this one.</summary>
    public string? CausationId { get; init; }

    /// <summary>0 for an event from outside; parent depth + 1 for an event a hook dispatched.</summary>
    public int Depth { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>How many times processing of this event has started.</summary>
    public int Attempts { get; init; }

    /// <summary>
    /// Fields a producer sent that this model does not know, as the text of a JSON object;
    /// kept so that nothing a client sent is lost (collector protocol: "keep them").
    /// </summary>
    public string? Extra { get; init; }
}
