using System.Net;
using System.Net.Http.Headers;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>
/// Posts batch bodies to a node's <c>POST /events/batch</c> over a bounded pool of keep-alive
/// connections. A 503 (overloaded, or not accepting yet) is retried after a short pause, as a
/// well-behaved producer would; any other status ends the run.
/// </summary>
internal sealed class BatchPoster : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(5);
    private long _refusals;

    public BatchPoster(Uri baseAddress, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        };
        Http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
    }

    public HttpClient Http { get; }

    /// <summary>Replies of 503 so far, each followed by a retry.</summary>
    public long Refusals => Interlocked.Read(ref _refusals);

    /// <summary>Completes when the node replied 201: every event of the body is durable in its journal.</summary>
    public async Task PostAsync(byte[] body, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            using var reply = await Http.PostAsync("events/batch", content, cancellationToken);
            if (reply.StatusCode == HttpStatusCode.Created)
            {
                return;
            }

            if (reply.StatusCode != HttpStatusCode.ServiceUnavailable)
            {
                var detail = await reply.Content.ReadAsStringAsync(cancellationToken);
                throw new HttpRequestException($"POST /events/batch: {(int)reply.StatusCode} {detail}");
            }

            Interlocked.Increment(ref _refusals);
            await Task.Delay(RetryPause, cancellationToken);
        }
    }

    /// <summary>Several senders taking bodies from one shared list, each waiting for its reply before the next (closed loop).</summary>
    public async Task SendAllAsync(IReadOnlyList<byte[]> bodies, int senders, CancellationToken cancellationToken)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, senders).Select(_ => Task.Run(
            async () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < bodies.Count)
                {
                    await PostAsync(bodies[index], cancellationToken);
                }
            },
            cancellationToken)));
    }

    public void Dispose() => Http.Dispose();
}
