using System.Text.Json;
using Akka.Actor;
using Akka.Cluster;
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
            var (target, unknown) = node is null ? Self(view) : MemberTarget.Resolve(view, node);
            return unknown is not null ? ProblemResponse.Result(unknown) : Leave(view, target!, Log(loggers));
        });

        app.MapPost("/cluster/down", async (ActorSystem system, NodeOptions options, ILoggerFactory loggers, HttpContext context) =>
        {
            var (node, problem) = await ReadNodeAsync(context.Request, required: true);
            if (problem is not null)
            {
                return ProblemResponse.Result(problem);
            }

            var view = await ClusterMembers.ReadAsync(system, options.NodeName, context.RequestAborted);
            var (target, unknown) = MemberTarget.Resolve(view, node!);
            if (unknown is not null)
            {
                return ProblemResponse.Result(unknown);
            }

            if (target!.Address.Equals(view.Self))
            {
                return ProblemResponse.Result(Conflict($"{node} is this node ({view.Self}): use cluster leave to take this node out"));
            }

            return JsonReply.Ok(Down(view, target, Log(loggers)).Write);
        });

        app.MapPost("/cluster/down-unreachable", async (ActorSystem system, NodeOptions options, ILoggerFactory loggers, HttpContext context) =>
        {
            var view = await ClusterMembers.ReadAsync(system, options.NodeName, context.RequestAborted);
            var downed = new List<MemberCommandReply>();
            foreach (var member in view.State.Unreachable.Where(m => m.Status is not (MemberStatus.Down or MemberStatus.Removed)).OrderBy(m => m.Address.ToString(), StringComparer.Ordinal))
            {
                downed.Add(Down(view, member, Log(loggers)));
            }

            return JsonReply.Ok(writer => MemberCommandReply.WriteDowned(writer, downed));
        });
        return app;
    }

    /// <summary>A leaving member hands its shards over, drains (coordinated shutdown) and exits with code 0 once removed.</summary>
    private static IResult Leave(ClusterMembers view, Member target, ILogger log)
    {
        var name = view.NameOf(target.Address);
        if (target.Status is MemberStatus.Leaving or MemberStatus.Exiting)
        {
            return JsonReply.Of(StatusCodes.Status202Accepted, new MemberCommandReply(name, target.Address, Status(target)).Write);
        }

        if (target.Status is MemberStatus.Down or MemberStatus.Removed)
        {
            return ProblemResponse.Result(Conflict($"{name ?? target.Address.ToString()} is {Status(target)}: only a joining or up member can leave"));
        }

        view.Cluster.Leave(target.Address);
        ClusterCommandLog.LeaveRequested(log, target.Address.ToString(), name);
        return JsonReply.Of(StatusCodes.Status202Accepted, new MemberCommandReply(name, target.Address, "leaving").Write);
    }

    /// <summary>Its partitions recover on the other nodes once Akka has removed it; nothing else to hand back.</summary>
    private static MemberCommandReply Down(ClusterMembers view, Member target, ILogger log)
    {
        var name = view.NameOf(target.Address);
        view.Cluster.Down(target.Address);
        ClusterCommandLog.Downed(log, target.Address.ToString(), name);
        return new MemberCommandReply(name, target.Address, "down");
    }

    /// <summary>A node whose seeds never answered is no member and has nothing to leave.</summary>
    private static (Member? Member, Problem? Problem) Self(ClusterMembers view) =>
        view.Members.FirstOrDefault(m => m.Address.Equals(view.Self)) is { } self
            ? (self, null)
            : (null, Conflict($"this node ({view.Self}) is not a member of a cluster (its seeds never answered): there is nothing to leave; stop it instead"));

    private static string Status(Member member) => Health.AkkaMemberInfo.StatusName(member.Status);

    private static Problem Conflict(string detail) => new(StatusCodes.Status409Conflict, "conflict", "Conflict", detail);

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
