using System.Text.Json;
using Akka.Actor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SlothActors.Node.Health;
using SlothActors.Node.Hosting;
using SlothActors.Node.Problems;
using SlothActors.Node.Remoting;

namespace SlothActors.Node.Api;

/// <summary>
/// <c>GET /cluster/akka</c> (the <c>/cluster</c> reply under its earlier name) and
/// <c>POST /cluster/join</c> (<c>{"seed":"HOST:PORT"}</c>: this node joins the cluster of that seed).
/// </summary>
internal static class AkkaClusterEndpoints
{
    /// <summary>A body names one address: a few hundred bytes at most.</summary>
    private const int MaxBodyBytes = 4096;

    public static IEndpointRouteBuilder MapAkkaCluster(this IEndpointRouteBuilder app)
    {
        // The same reply as /cluster, which reads Akka.Cluster too now; kept for the clients of /cluster/akka.
        app.MapGet("/cluster/akka", async (ActorSystem system, NodeOptions options, HttpContext context) =>
        {
            var view = await ClusterMembers.ReadAsync(system, options.NodeName, context.RequestAborted);
            return JsonReply.Ok(writer => ClusterJson.WriteView(writer, view, options.Storage));
        });

        app.MapPost("/cluster/join", async (ActorSystem system, NodeOptions options, HttpContext context) =>
        {
            var (seed, problem) = await ReadSeedAsync(context.Request);
            if (problem is not null)
            {
                return ProblemResponse.Result(problem);
            }

            if (!options.IsClustered)
            {
                return ProblemResponse.Result(new Problem(
                    StatusCodes.Status409Conflict,
                    "single-node",
                    "Single node",
                    "this node runs on SQLite, which keeps its journal in its own files: it is a cluster of its own and cannot join another (nodes of a cluster share --storage postgres)"));
            }

            var cluster = Akka.Cluster.Cluster.Get(system);
            if (AkkaMemberInfo.Of(system) is not { Status: AkkaMemberInfo.NotAMember })
            {
                // Akka lets a node join once: a member that wants another cluster must restart with --seed.
                return ProblemResponse.Result(new Problem(
                    StatusCodes.Status409Conflict,
                    "already-a-member",
                    "Already a member",
                    $"this node ({cluster.SelfAddress}) is already a member of a cluster and an Akka node joins only once; restart it with --seed {seed} to join that cluster instead"));
            }

            seed = SeedAddresses.OnTransport(seed!, cluster.SelfAddress.Protocol == SeedAddresses.TlsProtocol);
            cluster.Join(Address.Parse(seed));
            return JsonReply.Of(StatusCodes.Status202Accepted, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("self", cluster.SelfAddress.ToString());
                writer.WriteString("seed", seed);
                writer.WriteString("status", "joining");
                writer.WriteEndObject();
            });
        });
        return app;
    }

    /// <summary><c>{"seed":"HOST:PORT"}</c> or the full <c>akka.tcp://sloth@HOST:PORT</c>.</summary>
    private static async Task<(string? Seed, Problem? Problem)> ReadSeedAsync(HttpRequest request)
    {
        var (body, problem) = await RequestBody.ReadAsync(request, MaxBodyBytes, request.HttpContext.RequestAborted);
        if (problem is not null)
        {
            return (null, problem);
        }

        using var document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("seed", out var seed) || seed.ValueKind != JsonValueKind.String)
        {
            return (null, new Problem(400, "missing-field", "Missing field", "seed is required: the address to join, e.g. {\"seed\":\"127.0.0.1:4053\"}", "seed"));
        }

        try
        {
            return (SeedAddresses.ParseOne(seed.GetString()!), null);
        }
        catch (NodeOptionsException ex)
        {
            return (null, Problem.Invalid("seed", ex.Message));
        }
    }
}
