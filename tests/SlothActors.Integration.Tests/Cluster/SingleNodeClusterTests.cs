using System.Text.Json;
using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>`sloth cluster` against a real node process on SQLite: a cluster of one.</summary>
public class SingleNodeClusterTests
{
    [Fact]
    public async Task Cluster_show_on_a_sqlite_node_lists_that_node_as_the_one_up_reachable_leader()
    {
        await using var node = await NodeProcess.StartAsync(null, "--node-name", "solo-1", "--roles", "worker,api");
        try
        {
            var show = await SlothCommand.RunAsync(node.Url, "cluster", "show");
            show.ExitCode.ShouldBe(0, show.ToString());
            var port = new Uri(node.Url).Port;
            show.Out.ShouldMatch($@"^solo-1@127\.0\.0\.1:{port} \| \[worker, api\] \| up \| reachable \| [0-9][^ ]* \| leader\nCount: 1 nodes\n$");

            var json = await SlothCommand.RunAsync(node.Url, "cluster", "show", "-o", "json");
            using var reply = JsonDocument.Parse(json.Out);
            reply.RootElement.GetProperty("storage").GetString().ShouldBe("sqlite");
            reply.RootElement.GetProperty("self").GetString().ShouldBe("solo-1");

            var leave = await SlothCommand.RunAsync(node.Url, "cluster", "leave");
            leave.ExitCode.ShouldBe(1, leave.ToString());
            leave.Error.ShouldContain("SQLite");
            node.HasExited.ShouldBeFalse("a refused leave must not stop the node");
        }
        finally
        {
            await node.StopAsync();
            Directory.Delete(node.DataDir, recursive: true);
        }
    }
}
