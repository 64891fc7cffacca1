using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SlothActors.Lua.Tests.Examples.Support;

/// <summary>A Kestrel server on 127.0.0.1 that records every request and answers with <see cref="Status"/>.</summary>
public sealed class RecordingServer : IAsyncLifetime
{
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public ConcurrentQueue<(string Method, string Path, string ContentType, string Body)> Requests { get; } = new();

    /// <summary>The status code every request gets.</summary>
    public int Status { get; set; } = 200;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(async http =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            Requests.Enqueue((http.Request.Method, http.Request.Path.Value ?? "", http.Request.ContentType ?? "", body));
            http.Response.StatusCode = Status;
            await http.Response.WriteAsync("ok");
        });
        await app.StartAsync();
        _app = app;
        BaseUrl = app.Urls.First();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
