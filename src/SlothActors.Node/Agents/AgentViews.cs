using Akka.Actor;
using Akka.Cluster;
using SlothActors.Commands.Agents;
using SlothActors.Node.Health;

namespace SlothActors.Node.Agents;

/// <summary>The agents in one read of Akka.Cluster's state, as <c>GET /agents</c> and <c>sloth agent list</c> show them.</summary>
public static class AgentViews
{
    /// <param name="unreachableSince">When this node saw each unreachable member become so; the others are seen now.</param>
    public static AgentList Of(ClusterEvent.CurrentClusterState state, IReadOnlyDictionary<Address, DateTimeOffset> unreachableSince, DateTimeOffset now)
    {
        var agents = state.Members
            .Where(member => AgentRoles.IsAgent(member.Roles))
            .Select(member => Of(member, state.Unreachable.Contains(member), unreachableSince, now))
            .OrderBy(agent => agent.Name, StringComparer.Ordinal)
            .ToList();
        return new AgentList(agents, agents.Count);
    }

    private static AgentView Of(Member member, bool unreachable, IReadOnlyDictionary<Address, DateTimeOffset> unreachableSince, DateTimeOffset now) => new(
        AgentRoles.NameOf(member.Roles),
        member.Address.ToString(),
        AgentRoles.TagsOf(member.Roles),
        unreachable ? "unreachable" : AkkaMemberInfo.StatusName(member.Status),
        member.AppVersion.ToString(),
        unreachable ? unreachableSince.GetValueOrDefault(member.Address, now) : now);
}
