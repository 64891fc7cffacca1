namespace SlothActors.Client.Delivery;

/// <summary>
/// An event as it will be sent. The id is made here, once, so every retry of it carries the same
/// <c>event_id</c>: the node treats a repeated id as the same event, which makes retries safe.
/// <see cref="DataJson"/> is serialized at emit time, so a caller changing its dictionary while the
/// event waits in a batch cannot change what is sent.
/// </summary>
internal sealed record OutgoingEvent(
    Guid EventId,
    string EventType,
    DateTimeOffset Timestamp,
    string SourceSystem,
    Severity Severity,
    string? CorrelationId,
    byte[] DataJson,
    IReadOnlyList<string> Tags);
