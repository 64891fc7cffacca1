using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Prometheus;
using SlothActors.Node.Metrics;

namespace SlothActors.Node.Api;

/// <summary><c>GET /metrics</c>: the node's own registry in the Prometheus text format, via prometheus-net.</summary>
internal static class MetricsEndpoints
{
    public static IEndpointRouteBuilder MapNodeMetrics(this IEndpointRouteBuilder app)
    {
        var metrics = app.ServiceProvider.GetRequiredService<NodeMetrics>();
        foreach (var refresher in app.ServiceProvider.GetServices<IMetricsRefresher>())
        {
            metrics.Registry.AddBeforeCollectCallback(cancellationToken => refresher.RefreshAsync(cancellationToken).AsTask());
        }

        app.MapMetrics(settings =>
            {
                settings.Registry = metrics.Registry;
                // One format for every scraper (and the web UI's parser): the classic text format.
                settings.EnableOpenMetrics = false;
            }, "/metrics")
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]));
        return app;
    }
}
