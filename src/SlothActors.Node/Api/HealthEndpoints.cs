using System.Diagnostics;
using System.Text.Json;
using Akka.Actor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SlothActors.Node.Health;
using SlothActors.Node.Hosting;
using SlothActors.Node.Metrics;

namespace SlothActors.Node.Api;

/// <summary><c>GET /health</c>: 200 when healthy or degraded, 503 when storage is unavailable.</summary>
internal static class HealthEndpoints
{
    private static readonly StorageHealthReport NoStorage =
        new(StorageHealthReport.Unavailable, 0, "no journal is configured on this node");

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var clock = Stopwatch.StartNew();
        app.MapGet("/health", async (HttpContext context, NodeMetrics metrics, IHostApplicationLifetime lifetime) =>
        {
            var storage = context.RequestServices.GetService<IStorageHealth>();
            var report = storage is null ? NoStorage : await storage.CheckAsync(context.RequestAborted);
            context.Response.StatusCode = report.Status == StorageHealthReport.Unavailable ? 503 : 200;
            context.Response.ContentType = "application/json";
            await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
            HealthJson.Write(
                writer, report, storage?.StorageType ?? "none", lifetime.ApplicationStarted.IsCancellationRequested,
                metrics.EventsProcessed, (long)metrics.ActiveWebSockets.Value, clock.Elapsed,
                context.RequestServices.GetService<NodeOptions>()?.NodeName,
                AkkaMemberInfo.Of(context.RequestServices.GetService<ActorSystem>()));
        });
        return app;
    }
}
