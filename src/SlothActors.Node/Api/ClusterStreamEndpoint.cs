using System.Text.Json;
using System.Threading.Channels;
using Akka.Actor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using SlothActors.Node.Hosting;
using SlothActors.Node.Problems;
using SlothActors.Node.Remoting;

namespace SlothActors.Node.Api;

/// <summary>
/// <c>GET /cluster/stream</c> (server-sent events): one <c>member</c> event per current member,
/// then one per Akka.Cluster event this node sees (member joined, up, left, exited, downed,
/// removed; unreachable, reachable; leader changed), and a <c>: ping</c> comment whenever nothing
/// was sent for the ping interval, so idle proxies keep the connection.
/// </summary>
internal static class ClusterStreamEndpoint
{
    public const int MaxStreams = 256;

    /// <summary>Cluster events are rare; a client this far behind is not reading.</summary>
    public const int MaxQueued = 1024;

    public static IEndpointRouteBuilder MapClusterStream(this IEndpointRouteBuilder app)
    {
        // One count per node (per mapped app), not per process: in-process test clusters run several nodes.
        var open = 0;
        app.MapGet("/cluster/stream", async (HttpContext context, ActorSystem system, NodeOptions options, TimeProvider time, IHostApplicationLifetime lifetime) =>
        {
            if (Interlocked.Increment(ref open) > MaxStreams)
            {
                Interlocked.Decrement(ref open);
                await ProblemResponse.WriteAsync(context, Problem.Unavailable("this node serves its maximum of cluster streams; retry later"));
                return;
            }

            var changes = Channel.CreateBounded<ClusterChange>(new BoundedChannelOptions(MaxQueued) { SingleReader = true, SingleWriter = true });
            var relay = system.ActorOf(Props.Create<ClusterEventRelay>(changes.Writer, time));
            try
            {
                using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
                await ServeAsync(context.Response, system, options.NodeName, changes.Reader, options.Cluster.StreamPingInterval, done.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
            {
                // Client gone, node stopping, or a client too slow for the changes: the stream ends.
            }
            finally
            {
                relay.Tell(PoisonPill.Instance);
                Interlocked.Decrement(ref open);
            }
        });
        return app;
    }

    private static async Task ServeAsync(
        HttpResponse response, ActorSystem system, string selfName, ChannelReader<ClusterChange> changes, TimeSpan pingInterval, CancellationToken cancellationToken)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        await response.Body.FlushAsync(cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(pingInterval);
            try
            {
                var change = await changes.ReadAsync(wait.Token);
                await WriteAsync(response, await ClusterMembers.ReadAsync(system, selfName, cancellationToken), change, cancellationToken);
                while (changes.TryRead(out var next))
                {
                    await WriteAsync(response, await ClusterMembers.ReadAsync(system, selfName, cancellationToken), next, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await response.Body.WriteAsync(": ping\n\n"u8.ToArray(), cancellationToken);
            }

            await response.Body.FlushAsync(cancellationToken);
        }
    }

    private static async Task WriteAsync(HttpResponse response, ClusterMembers view, ClusterChange change, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        buffer.Write("event: member\ndata: "u8);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ClusterJson.WriteMember(writer, view, change.Member, change);
        }

        buffer.Write("\n\n"u8);
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
    }
}
