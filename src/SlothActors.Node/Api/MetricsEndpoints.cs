using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SlothActors.Node.Metrics;

namespace SlothActors.Node.Api;

/// <summary><c>GET /metrics</c> in the Prometheus text format.</summary>
internal static class MetricsEndpoints
{
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", (NodeMetrics metrics) =>
            Results.Text(metrics.Registry.Expose(), ExpositionText.ContentType));
        return app;
    }
}
