using SlothActors.Events;

namespace SlothActors.Node.Protocol;

/// <summary>
/// A batch: the events to store and the ones refused, or (when <see cref="Error"/> is set)
/// a refusal of the whole body: not JSON, not a batch shape, or too many events.
/// </summary>
public sealed record BatchParseResult(IReadOnlyList<Event> Events, IReadOnlyList<BatchItemError> Failures, ProtocolError? Error)
{
    public static BatchParseResult Refused(ProtocolError error) => new([], [], error);
}
