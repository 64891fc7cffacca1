using System.Net;
using SlothActors.PostgresTesting;
using static SlothActors.Node.Tests.Cluster.ClusterTestNode;

namespace SlothActors.Node.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class ClusterStreamTests(PostgresServerFixture server)
{
    [Fact]
    public async Task The_stream_sends_the_current_members_then_each_akka_cluster_event_and_pings_when_idle()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "node-a");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        using var response = await a.Client.GetAsync("/cluster/stream", HttpCompletionOption.ResponseHeadersRead, deadline.Token);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(deadline.Token));

        var current = await ReadUntilAsync(reader, line => line.StartsWith("data: ", StringComparison.Ordinal) && line.Contains("\"name\":\"node-a\""), deadline.Token);
        current.ShouldContain("\"event\":\"current\"");
        current.ShouldContain("\"self\":true");
        await using var b = await StartAsync(db, "node-b", seed: a);
        var address = $"\"address\":\"{b.AkkaAddress}\"";

        var up = await ReadUntilAsync(reader, line => line.Contains(address) && line.Contains("\"event\":\"up\""), deadline.Token);
        up.ShouldContain("\"status\":\"up\"");
        up.ShouldContain("\"at\":");
        // By address: node-b's name may not have reached node-a yet.
        await a.PostJsonAsync("/cluster/leave", $$"""{"node": "{{b.AkkaAddress}}"}""", HttpStatusCode.Accepted);
        await ReadUntilAsync(reader, line => line.Contains(address) && line.Contains("\"event\":\"left\""), deadline.Token);
        var removed = await ReadUntilAsync(reader, line => line.Contains(address) && line.Contains("\"event\":\"removed\""), deadline.Token);
        removed.ShouldContain("\"status\":\"removed\"");
        await ReadUntilAsync(reader, line => line == ": ping", deadline.Token);
    }

    private static async Task<string> ReadUntilAsync(StreamReader reader, Func<string, bool> match, CancellationToken cancellationToken)
    {
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (match(line))
            {
                return line;
            }
        }

        throw new EndOfStreamException("the stream ended before the expected line");
    }
}
