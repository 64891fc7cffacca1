using System.Text.Json.Serialization;

namespace SlothActors.Commands.Protocol;

/// <summary>The reply to a command that changes something and has nothing else to say (a hook or event removed, a secret stored).</summary>
public sealed record CommandDone(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("status")] string Status);
