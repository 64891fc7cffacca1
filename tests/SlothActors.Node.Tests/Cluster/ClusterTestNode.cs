using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hooks;
using SlothActors.Engine.Hosting;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;
using SlothActors.Node.Runtime;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Cluster;

/// <summary>
/// A whole node on real Kestrel (127.0.0.1, a free port) and a real PostgreSQL database, with
/// cluster timings shortened to tenths of a second. The fallback tick is a minute away, so work
/// another node releases is picked up only through NOTIFY.
/// </summary>
internal sealed class ClusterTestNode : IAsyncDisposable
{
    public static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static readonly ClusterOptions FastTimings = new()
    {
        StreamPingInterval = TimeSpan.FromMilliseconds(500),
    };

    private readonly string _dir;
    private readonly NodeRuntime _runtime;
    private bool _disposed;

    private ClusterTestNode(string dir, NodeRuntime runtime, WebApplication app)
    {
        _dir = dir;
        _runtime = runtime;
        App = app;
        Url = app.Urls.First();
        Client = new HttpClient { BaseAddress = new Uri(Url) };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public string Url { get; }

    public string Name => _runtime.Settings.Node.NodeName;

    public NodeRuntime Runtime => _runtime;

    public IHookRegistryProvider Hooks => App.Services.GetRequiredService<IHookRegistryProvider>();

    public bool Stopping => App.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested;

    /// <summary>The node's Akka.Cluster address, for a later node's seed.</summary>
    public string AkkaAddress => Remoting.AkkaOf.Cluster(App).SelfAddress.ToString();

    /// <param name="seed">A running node whose Akka cluster this one joins; null: a cluster of its own.</param>
    /// <param name="seedAddress">An Akka address to join instead (one nobody answers at, say).</param>
    /// <param name="options">Changes the node's options last (TLS, say).</param>
    public static async Task<ClusterTestNode> StartAsync(
        string connectionString, string name, ClusterOptions? timings = null, Action<WebApplicationBuilder>? configure = null, ClusterTestNode? seed = null,
        string? seedAddress = null, Func<NodeOptions, NodeOptions>? options = null)
    {
        var dir = Directory.CreateTempSubdirectory("sloth-cluster-").FullName;
        var nodeOptions = new NodeOptions
        {
            DataDir = dir,
            Port = 0,
            RemotePort = 0,
            Seeds = seed is not null ? [seed.AkkaAddress] : seedAddress is not null ? [seedAddress] : [],
            LogLevel = LogLevel.Warning,
            Storage = StorageKinds.Postgres,
            Postgres = connectionString,
            NodeName = name,
            Cluster = timings ?? FastTimings,
        };
        var engine = new EngineOptions().WithWorkers(8).WithCapacity(200).WithExecutionThreads(8)
            .WithFallbackInterval(TimeSpan.FromMinutes(1)).WithGracePeriod(TimeSpan.FromSeconds(5));
        nodeOptions = options?.Invoke(nodeOptions) ?? nodeOptions;
        var runtime = await NodeRuntime.OpenAsync(new NodeSettings(nodeOptions) with { Engine = engine }, Key, CancellationToken.None);
        var app = runtime.Build(configure);
        await app.StartAsync();
        return new ClusterTestNode(dir, runtime, app);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, string body) =>
        await Client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

    public async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public async Task<JsonElement> GetJsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(path);
        return await JsonAsync(response, expected);
    }

    public async Task<JsonElement> PostJsonAsync(string path, string body, HttpStatusCode expected)
    {
        using var response = await PostAsync(path, body);
        return await JsonAsync(response, expected);
    }

    public async Task<string> DispatchAsync(string type)
    {
        var reply = await PostJsonAsync("/events", $$"""{"event_type": "{{type}}", "data": {"n": 1} }""", HttpStatusCode.Created);
        return reply.GetProperty("event_id").GetString()!;
    }

    /// <summary>Polls <paramref name="probe"/> until <paramref name="condition"/> holds or the deadline passes.</summary>
    public static Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string because) =>
        Poll.ValueAsync(probe, condition, because, Deadline, TimeSpan.FromMilliseconds(25));

    /// <summary>
    /// Polls <c>GET /cluster</c> on <paramref name="asked"/> for the Akka member named <paramref name="name"/>,
    /// for up to a minute: failure detection and the name's gossip take seconds, more under load.
    /// </summary>
    public static Task<JsonElement> AkkaMemberAsync(ClusterTestNode asked, string name, Func<JsonElement, bool> condition, string because) =>
        Poll.ValueAsync(
            async () => (await asked.GetJsonAsync("/cluster")).GetProperty("members").EnumerateArray()
                .FirstOrDefault(m => m.GetProperty("name").GetString() == name),
            m => m.ValueKind == JsonValueKind.Object && condition(m),
            because,
            TimeSpan.FromSeconds(60),
            TimeSpan.FromMilliseconds(100));

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await _runtime.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}
