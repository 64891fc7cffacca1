using System.Text.Json.Serialization;
using SlothActors.Commands.Protocol;

namespace SlothActors.Commands.Agents;

/// <summary>The agents this cluster knows. Reply: <see cref="AgentList"/>.</summary>
public sealed record ListAgents : NodeCommand;

/// <summary>An agent: a remote process that runs hooks where the event happened.</summary>
public sealed record AgentView(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("address")] string Address,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("last_seen")] DateTimeOffset? LastSeen);

public sealed record AgentList(
    [property: JsonPropertyName("agents")] IReadOnlyList<AgentView> Agents,
    [property: JsonPropertyName("count")] int Count);
