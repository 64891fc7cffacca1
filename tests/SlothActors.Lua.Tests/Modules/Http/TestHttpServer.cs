using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SlothActors.Lua.Tests.Modules.Http;

/// <summary>A real Kestrel server on 127.0.0.1 with the endpoints the http tests talk to.</summary>
public sealed class TestHttpServer : IAsyncLifetime
{
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/text", (HttpContext http) =>
        {
            http.Response.Headers["X-Custom"] = "custom-value";
            return Results.Text("hello", "text/plain");
        });
        app.MapGet("/json", () => Results.Text("{\"name\":\"api\",\"count\":3,\"tags\":[\"a\",\"b\"]}", "application/json"));
        app.MapGet("/status/{code:int}", (int code) => Results.Text("status body", statusCode: code));
        app.Map("/echo", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            return Results.Json(new Dictionary<string, string?>
            {
                ["method"] = http.Request.Method,
                ["body"] = body,
                ["content_type"] = http.Request.ContentType,
                ["token"] = http.Request.Headers["X-Token"].ToString(),
                ["query"] = http.Request.QueryString.Value,
            });
        });
        app.MapGet("/slow", async (HttpContext http) =>
        {
            // Server side of a request that never answers in time; the client's timeout ends it.
            await Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted);
            return Results.Text("late");
        });
        app.MapGet("/big", async (HttpContext http) =>
        {
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < 11 && !http.RequestAborted.IsCancellationRequested; i++)
            {
                await http.Response.Body.WriteAsync(chunk, http.RequestAborted);
            }
        });
        await app.StartAsync();
        _app = app;
        BaseUrl = app.Urls.First();
    }

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
