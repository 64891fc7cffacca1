using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;
using SlothActors.Node.Problems;

namespace SlothActors.Node.Api;

/// <summary>
/// <c>GET /cluster/stream</c> (server-sent events): one <c>member</c> event per current member,
/// then one per change this node notices, and a <c>: ping</c> comment whenever nothing was sent
/// for the ping interval, so idle proxies keep the connection.
/// </summary>
internal static class ClusterStreamEndpoint
{
    public static IEndpointRouteBuilder MapClusterStream(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cluster/stream", async (HttpContext context, IClusterMembership membership, NodeOptions options, IHostApplicationLifetime lifetime) =>
        {
            // Subscribed before the first read, so a change between the two is not lost (at worst sent twice).
            var changes = membership.Changes.Subscribe();
            if (changes is null)
            {
                await ProblemResponse.WriteAsync(context, Problem.Unavailable("this node serves its maximum of cluster streams; retry later"));
                return;
            }

            try
            {
                using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
                await ServeAsync(context.Response, membership, changes, options.Cluster.StreamPingInterval, done.Token);
            }
            catch (OperationCanceledException)
            {
                // Client gone or node stopping.
            }
            finally
            {
                membership.Changes.Unsubscribe(changes);
            }
        });
        return app;
    }

    private static async Task ServeAsync(
        HttpResponse response, IClusterMembership membership, ChannelReader<MemberChange> changes, TimeSpan pingInterval, CancellationToken cancellationToken)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        var snapshot = await membership.SnapshotAsync(cancellationToken);
        foreach (var member in snapshot.Members)
        {
            await WriteAsync(response, new MemberChange(member, member.Name == snapshot.Leader, snapshot.Now), cancellationToken);
        }

        await response.Body.FlushAsync(cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(pingInterval);
            try
            {
                var change = await changes.ReadAsync(wait.Token);
                await WriteAsync(response, change, cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await response.Body.WriteAsync(": ping\n\n"u8.ToArray(), cancellationToken);
            }

            await response.Body.FlushAsync(cancellationToken);
        }
    }

    private static async Task WriteAsync(HttpResponse response, MemberChange change, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        buffer.Write("event: member\ndata: "u8);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ClusterJson.WriteMember(writer, change.Member, change.Leader, change.At);
        }

        buffer.Write("\n\n"u8);
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
    }
}
