using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;
using SlothActors.Integration.Tests.Processes;
using SlothActors.PostgresTesting;
using SlothActors.TestKit;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>
/// Three real <c>sloth node run --storage postgres</c> processes on loopback, sharing one private
/// throwaway PostgreSQL server, named and configured as in <c>cluster-config/</c>, one Akka
/// cluster (each node on its own free remoting port, all three listed as seeds). Shared by the
/// tests of a collection: a test that kills or removes a node leaves it to the next test's
/// <see cref="EnsureAllUpAsync"/> to start it again under the same name.
/// </summary>
public abstract class ClusterNodes : IAsyncLifetime
{
    public const int Size = 3;

    /// <summary>An environment variable each test node gets: its name, so a hook can say where it runs (<c>env.get</c>).</summary>
    public const string NodeNameVariable = "SLOTH_TEST_NODE";
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private const int LogTailLines = 40;

    // The waits probe over HTTP and SQL at a steady pace rather than back to back: on a 2-core
    // machine a tight loop of queries would steal the CPU the nodes under test need.
    private static readonly TimeSpan ProbePace = TimeSpan.FromMilliseconds(100);

    private readonly string _root = Directory.CreateTempSubdirectory("sloth-it-cluster-").FullName;
    private readonly Dictionary<string, NodeProcess> _nodes = new(StringComparer.Ordinal);

    // One key for the whole cluster, as run-local-cluster.sh gives every node: secrets are shared.
    private readonly string _secretKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private PostgresServer? _server;
    private string _connectionString = "";

    // Fixed for the fixture's life, so a node started again comes back at the address the others know.
    private readonly Dictionary<string, int> _remotePorts = new(StringComparer.Ordinal);

    protected ClusterNodes()
    {
        Names = Enumerable.Range(1, Size).Select(ClusterNodeConfig.NodeName).ToList();
        foreach (var name in Names)
        {
            _remotePorts[name] = FreePort();
        }
    }

    public IReadOnlyList<string> Names { get; }

    public SharedJournal Journal { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    protected abstract ClusterTimings Timings { get; }

    public NodeProcess Node(string name)
    {
        lock (_nodes)
        {
            return _nodes[name];
        }
    }

    public string Url(string name) => Node(name).Url;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        // Error details in the nodes' logs (trust auth on a throwaway server: nothing secret in them).
        _connectionString = new NpgsqlConnectionStringBuilder(await _server.CreateDatabaseAsync("cluster")) { IncludeErrorDetail = true }.ConnectionString;
        Journal = new SharedJournal(_connectionString);
        for (var number = 1; number <= Size; number++)
        {
            ClusterNodeConfig.Write(number, Timings, Directory.CreateDirectory(Path.Combine(_root, Names[number - 1])).FullName);
        }

        // The first node alone: it creates the schema and is the oldest member, so the leader.
        await StartAsync(Names[0]);
        await Task.WhenAll(Names.Skip(1).Select(StartAsync));
        await AllUpAsync();
    }

    /// <summary>Starts again, under the same name, every node that a previous test killed or took out, and waits until all are up.</summary>
    public async Task EnsureAllUpAsync()
    {
        var gone = Names.Where(name => Node(name).HasExited).ToList();
        foreach (var name in gone)
        {
            await Node(name).DisposeAsync();
        }

        await Task.WhenAll(gone.Select(StartAsync));
        await AllUpAsync();
    }

    /// <summary>kill -9: the node gets no chance to hand anything back.</summary>
    public Task KillAsync(string name) => Node(name).KillAsync();

    /// <summary>The node's own Akka.Cluster member status, from <c>/health</c>.</summary>
    public async Task<string?> AkkaStatusAsync(string name)
    {
        using var health = JsonDocument.Parse(await Http.GetStringAsync(Url(name) + "/health"));
        return health.RootElement.GetProperty("node").GetProperty("member_status").GetString();
    }

    /// <summary>
    /// Cluster Sharding starts every partition on the first node and spreads them over the others
    /// a few every 10 s: until <paramref name="node"/> hosts some, killing it (or its leaving)
    /// moves no partition. Rounds of probe events (64 ids spread over the 16 partitions) tell
    /// when it runs some.
    /// </summary>
    public async Task UntilHostingPartitionsAsync(string node)
    {
        const string probeType = "cluster.hosting.probe";
        var round = 0;
        await UntilAsync($"{node} hosting dispatcher partitions", async () =>
        {
            var before = await CompletedCountAsync(node);
            var probes = new RoundRobinProducer(Http, Names.Select(n => (n, Url(n))).ToList(), probeType, $"hosting-probe-{node}-{Guid.NewGuid():N}-{round++}-");
            await probes.RunAsync(64, batchSize: 64, producers: 1);
            await UntilAsync("the probes finishing", () => Journal.AllFinishedAsync(probeType), probeType);
            return await CompletedCountAsync(node) > before;
        });
    }

    /// <summary>How many events node <paramref name="name"/> has completed (its <c>sloth_events_completed_total</c> series, summed).</summary>
    public async Task<double> CompletedCountAsync(string name)
    {
        var metrics = await Http.GetStringAsync(Url(name) + "/metrics");
        return metrics.Split('\n')
            .Where(line => line.StartsWith("sloth_events_completed_total", StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>How many members node <paramref name="name"/>'s Akka.Cluster state lists (<c>GET /cluster/akka</c>).</summary>
    public async Task<int> AkkaMemberCountAsync(string name)
    {
        using var cluster = JsonDocument.Parse(await Http.GetStringAsync(Url(name) + "/cluster/akka"));
        return cluster.RootElement.GetProperty("members").GetArrayLength();
    }

    public async Task<ClusterView> ViewAsync(string name) => ClusterView.Parse(await Http.GetStringAsync(Url(name) + "/cluster"));

    /// <summary>Runs the real <c>sloth</c> CLI against node <paramref name="name"/>.</summary>
    public Task<CommandResult> SlothAsync(string name, params string[] args) => SlothCommand.RunAsync(Node(name).RemoteAddress, args);

    public async Task AddHookAsync(string name, string script)
    {
        using var body = new StringContent(JsonSerializer.Serialize(new { script }), Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(Url(name) + "/hooks", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts one event to node <paramref name="name"/> and requires it acknowledged.</summary>
    public async Task PostEventAsync(string name, string type, string id)
    {
        using var body = new StringContent($$"""[{"event_id":"{{id}}","event_type":"{{type}}"}]""", Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(Url(name) + "/events/batch", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Waits until a just-added hook runs on every node: hook changes reach the other nodes
    /// asynchronously (DistributedPubSub), so each node gets probe events of <paramref name="type"/> until
    /// one of them ran the hook there. Probe ids start with <c>probe-</c>.
    /// </summary>
    public async Task HookLiveEverywhereAsync(string hookName, string type)
    {
        foreach (var name in Names)
        {
            var probes = 0;
            await UntilAsync($"hook {hookName} running for events accepted by {name}", async () =>
            {
                var id = $"probe-{hookName}-{name}-{probes++}";
                await PostEventAsync(name, type, id);
                await UntilAsync($"probe {id} finishing", () => Journal.FinishedAsync(id), type);
                return await Journal.SuccessfulRunsAsync(id, hookName) > 0;
            });
        }
    }

    /// <summary>Waits until no event of <paramref name="type"/> is open, then requires every one of <paramref name="ids"/> completed.</summary>
    /// <returns>The completed events of <paramref name="type"/>.</returns>
    public async Task<HashSet<string>> ShouldAllCompleteAsync(IEnumerable<string> ids, string type, string what)
    {
        await UntilAsync("every event finishing", () => Journal.AllFinishedAsync(type), type);
        var completed = await Journal.IdsAsync(type, "completed");
        var notCompleted = ids.Where(id => !completed.Contains(id)).ToList();
        notCompleted.ShouldBeEmpty($"{what} that did not complete:\n{await Journal.DescribeEventsAsync(notCompleted)}");
        return completed;
    }

    public Task UntilAsync(string what, Func<Task<bool>> condition, string? eventType = null) =>
        Poll.UntilAsync(condition, what, within: Deadline, interval: ProbePace, diagnostics: () => DiagnosticsAsync(eventType));

    /// <summary>Every live node's view of the cluster, the journal's counts and the tail of every node's log.</summary>
    public async Task<string> DiagnosticsAsync(string? eventType = null)
    {
        var text = new StringBuilder();
        foreach (var name in Names.Where(n => !Node(n).HasExited))
        {
            try
            {
                text.AppendLine($"--- {name} sees: {await ViewAsync(name)}");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
            {
                text.AppendLine($"--- {name} did not answer GET /cluster: {ex.Message}");
            }
        }

        if (eventType is not null)
        {
            text.AppendLine(await Journal.DescribeAsync(eventType));
        }

        foreach (var name in Names)
        {
            var node = Node(name);
            var lines = node.Log.Split('\n');
            text.AppendLine($"--- {name} log ({(node.HasExited ? $"exited {node.ExitCode}" : "running")}), last {LogTailLines} lines");
            text.AppendJoin('\n', lines.TakeLast(LogTailLines)).AppendLine();
        }

        return text.ToString();
    }

    public async Task DisposeAsync()
    {
        List<NodeProcess> nodes;
        lock (_nodes)
        {
            nodes = [.. _nodes.Values];
        }

        await Task.WhenAll(nodes.Select(node => node.DisposeAsync().AsTask()));
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private async Task StartAsync(string name)
    {
        var directory = Path.Combine(_root, name);
        var number = Names.ToList().IndexOf(name) + 1;
        string[] args =
        [
            "--storage", "postgres", "--pg", _connectionString, "--node-name", name, "--config", Path.Combine(directory, $"node{number}.json"),
            "--remote-port", Text(_remotePorts[name]),
            .. Names.SelectMany(seed => new[] { "--seed", $"127.0.0.1:{Text(_remotePorts[seed])}" }),
        ];
        var node = await NodeProcess.StartAsync(directory, new Dictionary<string, string?> { ["SLOTH_SECRET_KEY"] = _secretKey, [NodeNameVariable] = name }, args);
        lock (_nodes)
        {
            _nodes[name] = node;
        }
    }

    private static string Text(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // Every node must see every member up (a member that only the leader knows about is not yet
    // part of the cluster), and be up in the Akka cluster, which carries the hook changes.
    private Task AllUpAsync() =>
        UntilAsync($"all of {string.Join(", ", Names)} up and reachable", async () =>
        {
            foreach (var name in Names)
            {
                try
                {
                    var view = await ViewAsync(name);
                    if (!Names.All(member => view.Member(member)?.IsUpAndReachable == true) || await AkkaStatusAsync(name) != "up")
                    {
                        return false;
                    }
                }
                catch (HttpRequestException)
                {
                    // A node still starting may refuse the connection: ask again.
                    return false;
                }
            }

            return true;
        });
}
