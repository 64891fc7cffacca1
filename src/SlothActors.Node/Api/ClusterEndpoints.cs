using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SlothActors.Node.Cluster;
using SlothActors.Node.Problems;

namespace SlothActors.Node.Api;

/// <summary>
/// <c>GET /cluster</c> (the membership), <c>POST /cluster/leave</c>, <c>/cluster/down</c> and
/// <c>/cluster/down-unreachable</c>; the same on every node, whichever node the member is.
/// </summary>
internal static class ClusterEndpoints
{
    /// <summary>A body names one node: a few hundred bytes at most.</summary>
    private const int MaxBodyBytes = 4096;

    public static IEndpointRouteBuilder MapCluster(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cluster", async (IClusterMembership membership, HttpContext context) =>
        {
            var snapshot = await membership.SnapshotAsync(context.RequestAborted);
            return JsonReply.Ok(writer => ClusterJson.WriteView(writer, membership, snapshot));
        });

        app.MapPost("/cluster/leave", async (IClusterMembership membership, HttpContext context) =>
        {
            var (node, problem) = await ReadNodeAsync(context.Request, required: false);
            return problem is not null
                ? ProblemResponse.Result(problem)
                : Reply(await membership.LeaveAsync(node, context.RequestAborted), StatusCodes.Status202Accepted);
        });

        app.MapPost("/cluster/down", async (IClusterMembership membership, HttpContext context) =>
        {
            var (node, problem) = await ReadNodeAsync(context.Request, required: true);
            return problem is not null
                ? ProblemResponse.Result(problem)
                : Reply(await membership.DownAsync(node!, context.RequestAborted), StatusCodes.Status200OK);
        });

        app.MapPost("/cluster/down-unreachable", async (IClusterMembership membership, HttpContext context) =>
        {
            var downed = await membership.DownUnreachableAsync(context.RequestAborted);
            return JsonReply.Ok(writer => ClusterJson.WriteDowned(writer, downed));
        });
        return app;
    }

    private static IResult Reply(ClusterCommandResult result, int okStatus) => result.Outcome switch
    {
        ClusterCommandOutcome.Done => JsonReply.Of(okStatus, writer => ClusterJson.WriteResult(writer, result)),
        ClusterCommandOutcome.NotFound => ProblemResponse.Result(Problem.NotFound(result.Reason!)),
        _ => ProblemResponse.Result(new Problem(StatusCodes.Status409Conflict, "conflict", "Conflict", result.Reason!)),
    };

    /// <summary><c>{"node":"node-2"}</c>; the <c>name@host:port</c> form of <c>cluster show</c> is accepted too.</summary>
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
            return required ? (null, new Problem(400, "missing-field", "Missing field", "node is required: name the member, e.g. {\"node\":\"node-2\"}", "node")) : (null, null);
        }

        if (node.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(node.GetString()))
        {
            return (null, Problem.Invalid("node", "node must be a member name such as node-2"));
        }

        var name = node.GetString()!.Trim();
        return (name.Split('@')[0], null);
    }
}
