using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>
/// A real HTTP endpoint on 127.0.0.1 that, while closed, holds every request until the test opens it. A hook
/// that calls it (<see cref="ClusterHooks.Gated"/>) keeps its event processing for as long as
/// the test wants, so "a node died holding events" is a certainty instead of a race. The hook
/// names its event and its node (<c>?id=..&amp;node=..</c>), so the gate knows which events each node is running.
/// </summary>
public sealed class HookGate : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile TaskCompletionSource _open = Opened();
    private readonly ConcurrentDictionary<string, string> _waiting = new(StringComparer.Ordinal);

    private HookGate(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    /// <summary>The events whose hook waits at the gate now on node <paramref name="node"/>.</summary>
    public IReadOnlyList<string> WaitingOn(string node) => [.. _waiting.Where(w => w.Value == node).Select(w => w.Key)];

    public static async Task<HookGate> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var gate = new HookGate(builder.Build());
        gate._app.MapGet("/gate", async (string? id, string? node, CancellationToken aborted) =>
        {
            id ??= "";
            gate._waiting[id] = node ?? "";
            try
            {
                await gate._open.Task.WaitAsync(aborted);
                return Results.Text("open");
            }
            finally
            {
                gate._waiting.TryRemove(id, out _);
            }
        });
        await gate._app.StartAsync();
        var address = gate._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        gate.Url = address.TrimEnd('/') + "/gate";
        return gate;
    }

    /// <summary>From now on, requests wait until <see cref="Open"/>. A new gate is open.</summary>
    public void Close()
    {
        if (_open.Task.IsCompleted)
        {
            _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Lets every waiting request and every later one through.</summary>
    public void Open() => _open.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Open();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}
