using System.Security.Cryptography;
using System.Text.Json;
using SlothActors.Integration.Tests.Processes;
using SlothActors.PostgresTesting;
using SlothActors.TestKit;

namespace SlothActors.Integration.Tests.Remoting;

/// <summary>
/// Real node processes form one Akka cluster over real remoting: the second joins through its
/// seed. They share a private PostgreSQL database, as nodes of a cluster must (a node on SQLite refuses seeds).
/// </summary>
public sealed class AkkaJoinTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, string?> _environment = new() { ["SLOTH_SECRET_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
    private PostgresServer? _server;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        _connectionString = await _server.CreateDatabaseAsync("akka_join");
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_node_started_with_another_as_its_seed_becomes_up_in_that_cluster_and_leaves_it_on_SIGTERM()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await using var first = await StartAsync("node-1");
        var firstHealth = await UpAsync(http, first);
        var seed = firstHealth.GetProperty("address").GetString()!;

        await using var second = await StartAsync("node-2", "--seed", seed);
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
        await using var first = await StartAsync("node-1", "--remote-port", ports[0], "--stable-after", "1s");
        await using var second = await StartAsync("node-2", "--remote-port", ports[1], "--stable-after", "1s", "--seed", $"127.0.0.1:{ports[0]}");
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

    private Task<NodeProcess> StartAsync(string name, params string[] args) =>
        NodeProcess.StartAsync(null, _environment, ["--storage", "postgres", "--pg", _connectionString, "--node-name", name, .. args]);

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
