using System.Text.Json;
using Akka.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using SlothActors.Commands.Agents;
using SlothActors.Node.Agents;

namespace SlothActors.Node.Api;

/// <summary>
/// <c>GET /agents</c>: the cluster's agents (members with role <c>agent</c>, <c>sloth agent run</c>)
/// as this node sees them, the same list as <c>sloth agent list</c>.
/// </summary>
internal static class AgentEndpoints
{
    public static IEndpointRouteBuilder MapAgents(this IEndpointRouteBuilder app)
    {
        app.MapGet("/agents", async (ActorRegistry actors, CancellationToken ct) =>
        {
            var list = await AgentRegistrySetup.ReadAsync(actors, ct);
            return JsonReply.Ok(writer => Write(writer, list));
        });
        return app;
    }

    private static void Write(Utf8JsonWriter writer, AgentList list)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("agents");
        foreach (var agent in list.Agents)
        {
            writer.WriteStartObject();
            writer.WriteString("name", agent.Name);
            writer.WriteString("address", agent.Address);
            writer.WriteStartArray("tags");
            foreach (var tag in agent.Tags)
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
            writer.WriteString("status", agent.Status);
            writer.WriteString("version", agent.Version);
            if (agent.LastSeen is { } seen)
            {
                writer.WriteString("last_seen", seen);
            }
            else
            {
                writer.WriteNull("last_seen");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("count", list.Count);
        writer.WriteEndObject();
    }
}
