namespace SlothActors.Node.Agents;

/// <summary>Asks the <see cref="AgentRegistryActor"/> for the agents it sees; the reply is an <see cref="SlothActors.Commands.Agents.AgentList"/>.</summary>
internal sealed record ReadAgents
{
    public static readonly ReadAgents Instance = new();
}
