using System.Text.Json.Serialization;

namespace SlothActors.Commands.Protocol;

/// <summary>
/// A command the <c>sloth</c> CLI sends to a node's command host. Every command carries the
/// token the caller was given (if any): the host checks it, in constant time, before anything
/// else, exactly as the HTTP API checks its bearer header.
/// </summary>
public abstract record NodeCommand
{
    [JsonPropertyName("token")]
    public string? Token { get; init; }
}
