using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Tests.Hosting;

/// <summary>A node built by <see cref="NodeHost"/>, either in memory (TestServer) or on Kestrel at 127.0.0.1 and a free port.</summary>
internal sealed class TestNode : IAsyncDisposable
{
    private TestNode(WebApplication app, HttpClient client)
    {
        App = app;
        Client = client;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<TestNode> InMemoryAsync(NodeOptions? options = null, NodeHostParts? parts = null)
    {
        var inMemory = (parts ?? new NodeHostParts()) with
        {
            ConfigureServices = builder =>
            {
                builder.WebHost.UseTestServer();
                parts?.ConfigureServices?.Invoke(builder);
            },
        };
        var app = NodeHost.Build(Quiet(options), inMemory);
        await app.StartAsync();
        return new TestNode(app, app.GetTestClient());
    }

    public static async Task<TestNode> OnKestrelAsync(NodeOptions? options = null, NodeHostParts? parts = null)
    {
        var app = NodeHost.Build(Quiet(options) with { Port = 0 }, parts);
        await app.StartAsync();
        return new TestNode(app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static NodeOptions Quiet(NodeOptions? options) =>
        (options ?? new NodeOptions()) with { LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning };
}
