using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SlothActors.Node.Tests.Cli;

/// <summary>
/// A real HTTP server on 127.0.0.1 answering with fixed replies, standing in for the node's
/// hook and event endpoints so the CLI's requests and rendering can be checked on the wire.
/// </summary>
internal sealed class FakeNode : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeNode(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Method, string PathAndQuery, string Body, string? Authorization)> Requests { get; } = new();

    public string Url => _app.Urls.First();

    public static async Task<FakeNode> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var node = new FakeNode(app);
        app.Use(async (context, next) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            node.Requests.Enqueue((context.Request.Method, context.Request.Path + context.Request.QueryString, body, context.Request.Headers.Authorization.FirstOrDefault()));
            context.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
            await next(context);
        });
        map(app);
        await app.StartAsync();
        return node;
    }

    public static IResult Json(string json, int status = 200) => Results.Text(json, "application/json", statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
