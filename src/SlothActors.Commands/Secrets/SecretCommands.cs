using System.Text.Json.Serialization;
using SlothActors.Commands.Protocol;

namespace SlothActors.Commands.Secrets;

// `sloth secret`: operators store the secrets hooks read with secret.get. A secret belongs to a
// stack (the event's stack; empty for events without one). Values go in, never come out.

/// <summary>Stores or replaces a secret. Reply: <see cref="CommandDone"/>.</summary>
public sealed record SetSecret(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("stack")] string? Stack) : NodeCommand
{
    /// <summary>Never the value: a command may end up in a log line.</summary>
    public override string ToString() => $"SetSecret {{ Name = {Name}, Stack = {Stack}, Value = *** }}";
}

/// <summary>The names of a stack's secrets. Reply: <see cref="SecretList"/>.</summary>
public sealed record ListSecrets([property: JsonPropertyName("stack")] string? Stack) : NodeCommand;

/// <summary>Reply: <see cref="CommandDone"/>.</summary>
public sealed record RemoveSecret(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("stack")] string? Stack) : NodeCommand;

/// <summary>Names only; values never leave the node.</summary>
public sealed record SecretList(
    [property: JsonPropertyName("stack")] string Stack,
    [property: JsonPropertyName("secrets")] IReadOnlyList<string> Names);
