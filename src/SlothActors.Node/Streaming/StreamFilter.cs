using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Node.Streaming;

/// <summary>
/// Which events one stream subscriber wants: <c>source_system</c> and <c>stack</c> exactly,
/// <c>event_type</c> as a pattern (<c>task.failed</c>, <c>task.*</c>, <c>*</c>), <c>severity</c> as a minimum.
/// </summary>
public sealed record StreamFilter(string? Source, HookPattern? Type, EventSeverity? MinSeverity, string? Stack)
{
    public static StreamFilter Everything { get; } = new(null, null, null, null);

    public bool Matches(Event evt) =>
        (Source is null || string.Equals(evt.Source, Source, StringComparison.Ordinal))
        && (Type is null || Type.Matches(evt.Type))
        && (MinSeverity is null || evt.Severity >= MinSeverity)
        && (Stack is null || string.Equals(evt.Stack, Stack, StringComparison.Ordinal));
}
