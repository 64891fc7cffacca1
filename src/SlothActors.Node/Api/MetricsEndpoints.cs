using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SlothActors.Node.Metrics;

namespace SlothActors.Node.Api;

/// <summary><c>GET /metrics</c> in the Prometheus text format.</summary>
internal static class MetricsEndpoints
{
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", async (HttpContext context, NodeMetrics metrics) =>
        {
            foreach (var refresher in context.RequestServices.GetServices<IMetricsRefresher>())
            {
                await refresher.RefreshAsync(context.RequestAborted);
            }

            return Results.Text(metrics.Registry.Expose(), ExpositionText.ContentType);
        });
        return app;
    }
}
