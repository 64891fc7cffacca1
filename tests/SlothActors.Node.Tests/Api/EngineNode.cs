using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hosting;
using SlothActors.Node.Hosting;
using SlothActors.Node.Runtime;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Api;

/// <summary>
/// A whole node in memory (TestServer): real SQLite journal in a temp dir, real engine, real
/// Lua runtime. Shared by the tests of a class; each test uses its own event types and hook names.
/// </summary>
public sealed class EngineNode : IAsyncLifetime, IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly string _dir = Directory.CreateTempSubdirectory("sloth-api-").FullName;
    private readonly bool _followHooks;
    private readonly string? _token;
    private readonly Uri? _otlpEndpoint;
    private readonly Func<NodeOptions, NodeOptions>? _configure;
    private NodeRuntime? _runtime;

    public EngineNode()
        : this(followHooks: false)
    {
    }

    /// <param name="followHooks">Start with <c>--hooks-dir</c> on <see cref="HooksDir"/>.</param>
    /// <param name="token">The node's API token; <see cref="Client"/> does not send it.</param>
    /// <param name="otlpEndpoint">Export traces there.</param>
    /// <param name="configure">Changes the options last (remoting, TLS).</param>
    internal EngineNode(bool followHooks, string? token = null, Uri? otlpEndpoint = null, Func<NodeOptions, NodeOptions>? configure = null)
    {
        _followHooks = followHooks;
        _token = token;
        _otlpEndpoint = otlpEndpoint;
        _configure = configure;
    }

    public string HooksDir => Path.Combine(_dir, "hooks");

    public WebApplication App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string DataDir => Path.Combine(_dir, "data");

    /// <summary>Small limits so that "too large" is cheap to provoke.</summary>
    public static NodeOptions TestOptions => new()
    {
        LogLevel = LogLevel.Warning,
        MaxDataBytes = 4096,
        MaxBatchEvents = 50,
        MaxScriptBytes = 8192,
        MaxBodyBytes = 64 * 1024,

        // Remoting on a free port: tests run nodes side by side.
        RemotePort = 0,
    };

    public async Task InitializeAsync()
    {
        var engine = new EngineOptions().WithFallbackInterval(TimeSpan.FromMilliseconds(200)).WithGracePeriod(TimeSpan.FromSeconds(2));
        var options = TestOptions with { DataDir = DataDir, HooksDir = _followHooks ? HooksDir : null, Token = _token, OtlpEndpoint = _otlpEndpoint };
        options = _configure?.Invoke(options) ?? options;
        var settings = new NodeSettings(options) with { Engine = engine };
        _runtime = await NodeRuntime.OpenAsync(settings, CancellationToken.None);
        App = _runtime.Build(builder => builder.WebHost.UseTestServer());
        await App.StartAsync();
        Client = App.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await _runtime!.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public Task<HttpResponseMessage> PostAsync(string path, string body) =>
        Client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

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

    /// <summary>Posts one event and returns its id.</summary>
    public async Task<string> DispatchAsync(string json)
    {
        using var response = await PostAsync("/events", json);
        return (await JsonAsync(response, HttpStatusCode.Created)).GetProperty("event_id").GetString()!;
    }

    /// <summary>Polls the event until it reaches a final status (completed or failed).</summary>
    public Task<JsonElement> FinishedAsync(string id) =>
        Poll.ValueAsync(
            () => GetJsonAsync($"/events/{id}"), evt => evt.GetProperty("status").GetString() is "completed" or "failed", $"event {id} finishing", Deadline);

    /// <summary>Registers a hook from Lua text and returns the reply.</summary>
    public async Task<JsonElement> AddHookAsync(string script, string? stack = null, bool enabled = true)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object?> { ["script"] = script, ["stack"] = stack, ["enabled"] = enabled });
        using var response = await PostAsync("/hooks", body);
        return await JsonAsync(response, HttpStatusCode.Created);
    }

    public static string Hook(string name, string type, string body = "return true, \"ran \" .. event.type") =>
        $"local hook = {{ name = \"{name}\", event_type = \"{type}\" }}\nfunction hook.execute(event)\n  {body}\nend\nreturn hook\n";
}
