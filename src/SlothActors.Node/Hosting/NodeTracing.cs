using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SlothActors.Engine.Observing;

namespace SlothActors.Node.Hosting;

/// <summary>
/// OpenTelemetry traces, on only when an OTLP endpoint is configured: each HTTP request (ASP.NET
/// Core's span) with the engine's spans under it (dispatch, process event, one per hook run),
/// exported over OTLP/HTTP. Off, the engine's spans cost a listener check and nothing else.
/// </summary>
internal static class NodeTracing
{
    private const string TracesPath = "/v1/traces";

    public static void Configure(IServiceCollection services, NodeOptions options)
    {
        if (options.OtlpEndpoint is not { } endpoint)
        {
            return;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("sloth", serviceInstanceId: options.NodeName))
            .WithTracing(tracing => tracing
                .AddSource(EngineTracing.SourceName)
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !IsScrape(context.Request.Path))
                .AddOtlpExporter(otlp =>
                {
                    otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
                    otlp.Endpoint = TracesUrl(endpoint);
                }));
    }

    /// <summary>Where the log line says traces go: scheme, host and port only (a URL may carry credentials).</summary>
    public static string Describe(Uri endpoint) => $"{endpoint.Scheme}://{endpoint.Host}:{endpoint.Port}";

    /// <summary>Receivers take OTLP/HTTP traces at /v1/traces: a base URL gets that path, a full one is kept as given.</summary>
    internal static Uri TracesUrl(Uri endpoint) =>
        endpoint.AbsolutePath.TrimEnd('/').EndsWith(TracesPath, StringComparison.Ordinal)
            ? endpoint
            : new Uri(endpoint, endpoint.AbsolutePath.TrimEnd('/') + TracesPath);

    // Health checks and metric scrapes every few seconds would bury the event traces.
    private static bool IsScrape(PathString path) => path.StartsWithSegments("/metrics") || path.StartsWithSegments("/health");
}
