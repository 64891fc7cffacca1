namespace SlothActors.Commands.Protocol;

/// <summary>
/// The first reply to a follow command, sent by the actor that will stream: the follower
/// watches the sender (so a node that goes away ends the stream) and stops itself to end it.
/// </summary>
public sealed record StreamStarted
{
    public static readonly StreamStarted Instance = new();
}
