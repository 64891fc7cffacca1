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
/// names its event (<c>?id=</c>): the gate knows which events wait, and which waits ended because
/// the caller went away (its node was killed).
/// </summary>
public sealed class HookGate : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile TaskCompletionSource _open = Opened();
    private readonly ConcurrentDictionary<string, byte> _waiting = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _abandoned = new(StringComparer.Ordinal);

    private HookGate(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    /// <summary>Events whose hook is waiting at the gate now.</summary>
    public int Waiting => _waiting.Count;

    /// <summary>Events whose hook's request was dropped by its caller while it waited: they were running on a node that died.</summary>
    public IReadOnlyCollection<string> Abandoned => [.. _abandoned.Keys];

    public static async Task<HookGate> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var gate = new HookGate(builder.Build());
        gate._app.MapGet("/gate", async (string? id, CancellationToken aborted) =>
        {
            id ??= "";
            gate._waiting.TryAdd(id, 0);
            try
            {
                await gate._open.Task.WaitAsync(aborted);
                return Results.Text("open");
            }
            catch (OperationCanceledException)
            {
                gate._abandoned.TryAdd(id, 0);
                throw;
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
