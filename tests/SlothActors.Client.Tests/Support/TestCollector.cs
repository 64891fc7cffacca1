using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SlothActors.TestKit;

namespace SlothActors.Client.Tests.Support;

/// <summary>
/// A collector on real Kestrel (127.0.0.1, a free port) that serves <c>POST /events</c> and
/// <c>POST /events/batch</c> as the protocol says (201 and its reply bodies), records every
/// request, and misbehaves on demand: error statuses, requests held until the client gives up
/// or the test releases them, and a stop that leaves the port refusing connections.
/// </summary>
internal sealed class TestCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task<int>>> _faults = new();
    private readonly List<ReceivedRequest> _requests = [];

    private TestCollector(WebApplication app) => _app = app;

    public Uri Url => new(_app.Urls.First());

    public IReadOnlyList<ReceivedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Events from requests the collector answered 201, in arrival order.</summary>
    public IReadOnlyList<JsonElement> StoredEvents => [.. Requests.Where(r => r.Status == 201).SelectMany(r => r.Events)];

    public static async Task<TestCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var collector = new TestCollector(app);
        app.MapPost("/events", context => collector.HandleAsync(context, batch: false));
        app.MapPost("/events/batch", context => collector.HandleAsync(context, batch: true));
        await app.StartAsync();
        return collector;
    }

    public void FailNext(int count, HttpStatusCode status = HttpStatusCode.InternalServerError)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(_ => Task.FromResult((int)status));
        }
    }

    /// <summary>The next request gets no answer until the client abandons it.</summary>
    public void HangNext() => _faults.Enqueue(async context =>
    {
        var abandoned = new TaskCompletionSource();
        await using (context.RequestAborted.Register(() => abandoned.TrySetResult()))
        {
            await abandoned.Task;
        }

        return 0;
    });

    /// <summary>The next request waits until the returned source is completed, then is stored (201).</summary>
    public TaskCompletionSource HoldNext()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _faults.Enqueue(async _ =>
        {
            await release.Task;
            return 201;
        });
        return release;
    }

    public Task WaitForRequestsAsync(int count) =>
        Poll.UntilAsync(() => Requests.Count >= count, $"the collector to receive {count} request(s), it has {Requests.Count}", within: TimeSpan.FromSeconds(15));

    public async Task StopAsync() => await _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context, bool batch)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var events = batch
            ? (body.RootElement.ValueKind == JsonValueKind.Array ? body.RootElement : body.RootElement.GetProperty("events")).EnumerateArray().Select(e => e.Clone()).ToArray()
            : [body.RootElement.Clone()];
        var fault = _faults.TryDequeue(out var next) ? next : null;
        var status = fault is null ? 201 : -1;
        var request = new ReceivedRequest(context.Request.Path, status, events, context.Request.Headers.Authorization.FirstOrDefault());
        int index;
        lock (_requests)
        {
            // Recorded on arrival (a held request shows with status 0); a fault's status is filled in below.
            index = _requests.Count;
            _requests.Add(fault is null ? request : request with { Status = 0 });
        }

        if (fault is not null)
        {
            status = await fault(context);
            lock (_requests)
            {
                _requests[index] = request with { Status = status };
            }

            if (status == 0)
            {
                return;
            }
        }

        context.Response.StatusCode = status;
        if (status == 201)
        {
            await context.Response.WriteAsJsonAsync(batch
                ? new Dictionary<string, object> { ["collected"] = events.Length, ["failed"] = 0, ["status"] = "batch_completed", ["errors"] = Array.Empty<string>() }
                : new Dictionary<string, object> { ["event_id"] = events[0].GetProperty("event_id").GetString()!, ["status"] = "collected" });
        }
    }
}
