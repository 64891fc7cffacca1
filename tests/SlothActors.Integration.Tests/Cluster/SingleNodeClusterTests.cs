using System.Text.Json;
using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>`sloth cluster` against a real node process on SQLite: an Akka cluster of one.</summary>
public class SingleNodeClusterTests
{
    [Fact]
    public async Task Cluster_show_on_a_sqlite_node_lists_it_as_the_one_up_reachable_member_and_leave_ends_the_process_with_exit_code_0()
    {
        await using var node = await NodeProcess.StartAsync(null, "--node-name", "solo-1", "--roles", "worker,api");
        try
        {
            var show = await SlothCommand.RunAsync(node.RemoteAddress, "cluster", "show");
            show.ExitCode.ShouldBe(0, show.ToString());
            show.Out.ShouldMatch($@"^akka\.tcp://sloth@127\.0\.0\.1:\d+ \| \[api, worker\] \| up \| reachable\nCount: 1 nodes\n$");

            var json = await SlothCommand.RunAsync(node.RemoteAddress, "cluster", "show", "-o", "json");
            using var reply = JsonDocument.Parse(json.Out);
            reply.RootElement.GetProperty("storage").GetString().ShouldBe("sqlite");
            reply.RootElement.GetProperty("name").GetString().ShouldBe("solo-1");
            var member = reply.RootElement.GetProperty("members").EnumerateArray().ShouldHaveSingleItem();
            member.GetProperty("name").GetString().ShouldBe("solo-1");
            member.GetProperty("address").GetString().ShouldBe(reply.RootElement.GetProperty("self").GetString());
            member.GetProperty("leader").GetBoolean().ShouldBeTrue();
            member.GetProperty("self").GetBoolean().ShouldBeTrue();

            var down = await SlothCommand.RunAsync(node.RemoteAddress, "cluster", "down", "solo-1");
            down.ExitCode.ShouldBe(1, down.ToString());
            down.Error.ShouldContain("use cluster leave");
            var stranger = await SlothCommand.RunAsync(node.RemoteAddress, "cluster", "down", "node-9");
            stranger.ExitCode.ShouldBe(1, stranger.ToString());
            stranger.Error.ShouldContain("no member 'node-9'");
            node.HasExited.ShouldBeFalse("a refused down must not stop the node");

            var leave = await SlothCommand.RunAsync(node.RemoteAddress, "cluster", "leave");
            leave.ExitCode.ShouldBe(0, leave.ToString());
            leave.Out.ShouldContain("Node solo-1 is leaving");
            (await node.WaitForExitAsync(TimeSpan.FromSeconds(90))).ShouldBe(0, node.Log);
        }
        finally
        {
            await node.StopAsync();
            Directory.Delete(node.DataDir, recursive: true);
        }
    }
}
