using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace SlothActors.Node.Api;

/// <summary>
/// <c>GET /agents</c>: the agents connected to this cluster. Agents (hooks run on remote
/// machines, <c>sloth agent run</c>) are not built yet, so the list is always empty; the endpoint
/// exists so that clients and the web UI can rely on its shape now.
/// </summary>
internal static class AgentEndpoints
{
    public static IEndpointRouteBuilder MapAgents(this IEndpointRouteBuilder app)
    {
        app.MapGet("/agents", () => JsonReply.Ok(WriteNone));
        return app;
    }

    private static void WriteNone(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("agents");
        writer.WriteEndArray();
        writer.WriteNumber("count", 0);
        writer.WriteEndObject();
    }
}
