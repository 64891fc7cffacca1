using System.Text.Json;
using SlothActors.Integration.Tests.Processes;
using SlothActors.TestKit;

namespace SlothActors.Integration.Tests.Remoting;

/// <summary>Real node processes form one Akka cluster over real remoting: the second joins through its seed.</summary>
public class AkkaJoinTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_node_started_with_another_as_its_seed_becomes_up_in_that_cluster_and_leaves_it_on_SIGTERM()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await using var first = await NodeProcess.StartAsync();
        var firstHealth = await UpAsync(http, first);
        var seed = firstHealth.GetProperty("address").GetString()!;

        await using var second = await NodeProcess.StartAsync(null, "--seed", seed);
        var secondHealth = await UpAsync(http, second);

        // Only the first node's leader can move the second up: with a seed, a node never joins itself.
        secondHealth.GetProperty("address").GetString().ShouldNotBe(seed);
        second.Log.ShouldContain($"Welcome from [{seed}]");
        (await second.StopAsync()).ShouldBe(0, second.Log);
        second.Log.ShouldContain("Exiting completed");
        (await HealthAsync(http, first)).GetProperty("member_status").GetString().ShouldBe("up");
    }

    [Fact]
    public async Task A_frozen_node_is_downed_by_the_split_brain_resolver_and_on_waking_exits_with_code_1_saying_so()
    {
        // Of two equal halves keep-majority keeps the one with the lowest address: the first node's.
        var ports = new[] { FreePort(), FreePort() }.Order().Select(port => port.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await using var first = await NodeProcess.StartAsync(null, "--remote-port", ports[0], "--stable-after", "1s");
        await using var second = await NodeProcess.StartAsync(null, "--remote-port", ports[1], "--stable-after", "1s", "--seed", $"127.0.0.1:{ports[0]}");
        await UpAsync(http, first);
        await UpAsync(http, second);

        second.Signal(Signals.Stop);
        try
        {
            await Poll.UntilAsync(
                () => first.Log.Contains($"is downing [akka.tcp://sloth@127.0.0.1:{ports[1]}]", StringComparison.Ordinal),
                "the first node's resolver downing the frozen one", Deadline, TimeSpan.FromMilliseconds(100));
        }
        finally
        {
            second.Signal(Signals.Continue);
        }

        (await second.WaitForExitAsync(Deadline)).ShouldBe(1, second.Log);
        second.Log.ShouldContain("was downed by the cluster");
        (await HealthAsync(http, first)).GetProperty("member_status").GetString().ShouldBe("up");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task<JsonElement> UpAsync(HttpClient http, NodeProcess node) =>
        Poll.ValueAsync(
            () => HealthAsync(http, node),
            health => health.GetProperty("member_status").GetString() == "up",
            $"the node at {node.Url} reporting itself up",
            Deadline,
            TimeSpan.FromMilliseconds(100));

    private static async Task<JsonElement> HealthAsync(HttpClient http, NodeProcess node)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(node.Url + "/health"));
        return document.RootElement.GetProperty("node").Clone();
    }
}
