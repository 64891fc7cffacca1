using System.Text.Json;
using Akka.Actor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;
using SlothActors.Node.Problems;
using SlothActors.Node.Remoting;

namespace SlothActors.Node.Api;

/// <summary>
/// <c>GET /cluster</c> (Akka.Cluster's members as this node sees them, with their node names),
/// <c>POST /cluster/leave</c>, <c>/cluster/down</c> and <c>/cluster/down-unreachable</c>; the same
/// on every node, whichever node the member is.
/// </summary>
internal static class ClusterEndpoints
{
    /// <summary>A body names one node: a few hundred bytes at most.</summary>
    private const int MaxBodyBytes = 4096;

    public static IEndpointRouteBuilder MapCluster(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cluster", async (ActorSystem system, NodeOptions options, HttpContext context) =>
        {
            var view = await ClusterMembers.ReadAsync(system, options.NodeName, context.RequestAborted);
            return JsonReply.Ok(writer => ClusterJson.WriteView(writer, view, options.Storage));
        });

        app.MapPost("/cluster/leave", async (ActorSystem system, NodeOptions options, ILoggerFactory loggers, HttpContext context) =>
        {
            var (node, problem) = await ReadNodeAsync(context.Request, required: false);
            if (problem is not null)
            {
                return ProblemResponse.Result(problem);
            }

            var view = await ClusterMembers.ReadAsync(system, options.NodeName, context.RequestAborted);
            var (reply, refused) = ClusterControl.Leave(view, node, Log(loggers));
            return refused is not null ? ProblemResponse.Result(refused) : JsonReply.Of(StatusCodes.Status202Accepted, reply!.Write);
        });

        app.MapPost("/cluster/down", async (ActorSystem system, NodeOptions options, ILoggerFactory loggers, HttpContext context) =>
        {
            var (node, problem) = await ReadNodeAsync(context.Request, required: true);
            if (problem is not null)
            {
                return ProblemResponse.Result(problem);
            }

            var view = await ClusterMembers.ReadAsync(system, options.NodeName, context.RequestAborted);
            var (reply, refused) = ClusterControl.Down(view, node!, Log(loggers));
            return refused is not null ? ProblemResponse.Result(refused) : JsonReply.Ok(reply!.Write);
        });

        app.MapPost("/cluster/down-unreachable", async (ActorSystem system, NodeOptions options, ILoggerFactory loggers, HttpContext context) =>
        {
            var view = await ClusterMembers.ReadAsync(system, options.NodeName, context.RequestAborted);
            var downed = ClusterControl.DownUnreachable(view, Log(loggers));
            return JsonReply.Ok(writer => MemberCommandReply.WriteDowned(writer, downed));
        });
        return app;
    }

    private static ILogger Log(ILoggerFactory loggers) => loggers.CreateLogger("SlothActors.Cluster");

    /// <summary><c>{"node":"node-2"}</c>, or the member's address (<c>HOST:PORT</c>, <c>akka.tcp://sloth@HOST:PORT</c>).</summary>
    private static async Task<(string? Node, Problem? Problem)> ReadNodeAsync(HttpRequest request, bool required)
    {
        var (body, problem) = await RequestBody.ReadAsync(request, MaxBodyBytes, request.HttpContext.RequestAborted);
        if (problem is not null)
        {
            return problem.Slug == "not-json" && !required ? (null, null) : (null, problem);
        }

        using var document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return (null, Problem.BadRequest("send a JSON object such as {\"node\":\"node-2\"}"));
        }

        if (!document.RootElement.TryGetProperty("node", out var node) || node.ValueKind == JsonValueKind.Null)
        {
            return required ? (null, new Problem(400, "missing-field", "Missing field", "node is required: name the member, e.g. {\"node\":\"node-2\"} or {\"node\":\"127.0.0.1:4054\"}", "node")) : (null, null);
        }

        if (node.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(node.GetString()))
        {
            return (null, Problem.Invalid("node", "node must be a member name such as node-2 or an address such as 127.0.0.1:4054"));
        }

        return (node.GetString()!.Trim(), null);
    }
}
