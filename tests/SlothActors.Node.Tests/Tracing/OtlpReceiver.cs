using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SlothActors.Node.Tests.Tracing;

/// <summary>An OTLP/HTTP trace receiver on 127.0.0.1 and a free port: keeps every span posted to /v1/traces.</summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<OtlpSpan> Spans { get; } = new();

    /// <summary>The base URL, as an operator gives it (<c>--otlp-endpoint</c>).</summary>
    public Uri Endpoint => new(_app.Urls.First());

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/traces", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            foreach (var span in OtlpTraceReader.Spans(body.ToArray()))
            {
                receiver.Spans.Enqueue(span);
            }

            // An empty ExportTraceServiceResponse: full success.
            context.Response.ContentType = "application/x-protobuf";
            return Results.Empty;
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
