using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hosting;
using SlothActors.Node.Hosting;
using SlothActors.Node.Runtime;

namespace SlothActors.Client.Tests.Support;

/// <summary>
/// A whole node in-process: real SQLite journal in a temp dir, real engine, real Lua runtime and
/// the real API on Kestrel at 127.0.0.1 and a free port, since the SDK talks real HTTP.
/// Shared by the tests of a class; each test emits under its own correlation id.
/// </summary>
public sealed class RealNode : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sloth-client-node-").FullName;
    private NodeRuntime? _runtime;
    private WebApplication? _app;

    public Uri Url { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new NodeOptions { DataDir = Path.Combine(_dir, "data"), Port = 0, RemotePort = 0, LogLevel = LogLevel.Warning };
        var engine = new EngineOptions().WithGracePeriod(TimeSpan.FromSeconds(2));
        _runtime = await NodeRuntime.OpenAsync(new NodeSettings(options) with { Engine = engine }, CancellationToken.None);
        _app = _runtime.Build();
        await _app.StartAsync();
        Url = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = Url };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _app!.StopAsync();
        await _app.DisposeAsync();
        await _runtime!.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Every stored event of one correlation id, oldest first, read through <c>GET /events</c> page by page.</summary>
    public async Task<IReadOnlyList<JsonElement>> EventsAsync(string correlationId)
    {
        const int Page = 1000;
        var events = new List<JsonElement>();
        for (var offset = 0; ; offset += Page)
        {
            var path = $"/events?correlation_id={Uri.EscapeDataString(correlationId)}&sort_order=asc&limit={Page}&offset={offset}";
            using var response = await Client.GetAsync(path);
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
            using var document = JsonDocument.Parse(text);
            var page = document.RootElement.GetProperty("events").EnumerateArray().Select(e => e.Clone()).ToList();
            events.AddRange(page);
            if (page.Count < Page)
            {
                return events;
            }
        }
    }
}
