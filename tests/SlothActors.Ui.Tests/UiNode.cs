using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using SlothActors.Node.Hosting;
using SlothActors.Node.Runtime;
using SlothActors.TestKit;

namespace SlothActors.Ui.Tests;

/// <summary>
/// A whole node on Kestrel at 127.0.0.1 and a free port (a real listener, as the browser needs):
/// SQLite journal in a temp dir, the engine, Lua, and a token. <see cref="Api"/> carries the token.
/// </summary>
public sealed class UiNode : IAsyncDisposable
{
    public const string Token = "ui-test-token";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private UiNode(string dir, NodeRuntime runtime, WebApplication app)
    {
        Dir = dir;
        Runtime = runtime;
        App = app;
        BaseUrl = app.Urls.First();
        Api = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public string Dir { get; }

    public string BaseUrl { get; }

    public HttpClient Api { get; }

    private NodeRuntime Runtime { get; }

    private WebApplication App { get; }

    public static async Task<UiNode> StartAsync(string dir)
    {
        var options = new NodeOptions
        {
            Bind = "127.0.0.1",
            Port = 0,
            RemotePort = 0,
            Token = Token,
            DataDir = Path.Combine(dir, "data"),
            LogLevel = LogLevel.Warning,
        };
        var runtime = await NodeRuntime.OpenAsync(new NodeSettings(options), CancellationToken.None);
        var app = runtime.Build();
        await app.StartAsync();
        return new UiNode(dir, runtime, app);
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Runtime.DisposeAsync();
    }

    public static string Hook(string name, string type, string body = "return true, \"notified \" .. (event.data.task or \"?\")") =>
        $"local hook = {{ name = \"{name}\", event_type = \"{type}\" }}\nfunction hook.execute(event)\n  {body}\nend\nreturn hook\n";

    public async Task AddHookAsync(string script)
    {
        using var response = await PostAsync("/hooks", JsonSerializer.Serialize(new { script }));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public async Task<string> DispatchAsync(string type, object data)
    {
        using var response = await PostAsync("/events", JsonSerializer.Serialize(new { event_type = type, data }));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return reply.RootElement.GetProperty("event_id").GetString()!;
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Api.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Polls the event until it is completed or failed, within a deadline.</summary>
    public Task<JsonElement> FinishedAsync(string id) =>
        Poll.ValueAsync(
            () => GetJsonAsync($"/events/{id}"), evt => evt.GetProperty("status").GetString() is "completed" or "failed", $"event {id} finishing", Deadline);

    private Task<HttpResponseMessage> PostAsync(string path, string json) =>
        Api.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
