using System.Diagnostics.CodeAnalysis;
using SlothActors.Events;

namespace SlothActors.Node.Protocol;

/// <summary>Either one event or the reason the body was refused.</summary>
public readonly record struct EventParseResult(Event? Event, ProtocolError? Error)
{
    [MemberNotNullWhen(true, nameof(Event))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Event is not null;
}
