using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using SlothActors.Benchmarks.Scenarios.Node;
using SlothActors.Benchmarks.Scenarios.Support;
using SlothActors.PostgresTesting;

namespace SlothActors.Benchmarks.Scenarios;

/// <summary>
/// A cluster on this machine: three <c>sloth node run --storage postgres</c> processes on one
/// private PostgreSQL server, N events posted over HTTP round-robin (batch i to node i mod 3),
/// one trivial Lua hook each. Timed from the first accept to the last completion as the journal
/// records them (created_at, processed_at), with each node's share of the completions, and CPU
/// per event of the nodes and the database server. Needs the CLI built in Release
/// (<c>dotnet build src/SlothActors.Cli -c Release</c>) or <c>--sloth PATH</c>.
/// Options: <c>--events</c> (60000), <c>--batch</c> (500), <c>--producers</c> (6),
/// <c>--warmup</c> (6000), <c>--fsync on|off</c> (on: durable commits).
/// </summary>
public sealed class ClusterScenario : IBenchmarkScenario
{
    private const string Type = "bench.cluster";
    private const string WarmupType = "bench.warmup";
    private const string HookName = "bench_cluster";
    private const int MaxWarmupRounds = 5;

    /// <summary>A node's least share of a warm-up round for the partitions to count as spread (a third each when even).</summary>
    private const double MinBalancedShare = 0.2;

    private static readonly TimeSpan BalanceDeadline = TimeSpan.FromMinutes(3);
    private static readonly string[] NodeNames = ["bench-1", "bench-2", "bench-3"];

    public string Name => "cluster";

    public string Description => "3 node processes on one PostgreSQL, events over HTTP round-robin, one Lua hook (--events, --batch, --producers, --fsync)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var count = options.Int("--events", 60_000);
        var batchSize = options.Int("--batch", 500);
        var producers = options.Int("--producers", 6);
        var warmup = options.Int("--warmup", 6_000);
        var durable = options.Text("--fsync", "on") == "on";
        var slothDll = await SlothBinary.LocateAsync(options.Text("--sloth"), cancellationToken);

        await using var server = await PostgresServer.StartAsync(PostgresServerOptions.Default.WithDurable(durable));
        var connectionString = await server.CreateDatabaseAsync("cluster_bench");
        var secretKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var root = TempDirectory.Create("sloth-bench-cluster");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
        var nodes = new List<ClusterNodeProcess>();
        try
        {
            // The first node alone creates the schema; the other two join it. All three are one Akka
            // cluster, every node listing every other as a seed, as cluster-config/ does.
            var remotePorts = NodeNames.Select(_ => LoopbackPort.Free()).ToList();
            Task<ClusterNodeProcess> Start(int i) => ClusterNodeProcess.StartAsync(
                slothDll, NodeNames[i], connectionString, secretKey, Directory.CreateDirectory(Path.Combine(root, NodeNames[i])).FullName, http, remotePorts[i], remotePorts);
            nodes.Add(await Start(0));
            nodes.AddRange(await Task.WhenAll(Enumerable.Range(1, NodeNames.Length - 1).Select(Start)));

            // A node answers HTTP before the Akka cluster lets it in (a seed that started alone waits
            // seed-node-timeout, the others retry every 5 s); the figures are for the formed cluster.
            await UntilAkkaClusterFormedAsync(http, nodes, cancellationToken);
            await AddHookAsync(http, nodes[0].Url, BenchHooks.TrivialScript(HookName));
            var urls = nodes.Select(n => n.Url).ToList();

            // Warm-up until every node runs the hook (hook changes reach the others over DistributedPubSub) and the JIT has settled.
            await using var journal = NpgsqlDataSource.Create(connectionString);
            // Each round has its own type, so only the latest round decides: a node that heard of the
            // hook a little late (it was still joining the Akka cluster) ran earlier rounds without it.
            var warm = 0;
            var round = "";
            do
            {
                if (warm >= MaxWarmupRounds * warmup)
                {
                    var seen = await Task.WhenAll(nodes.Select(async n => $"{n.Name}: {await http.GetStringAsync(n.Url + "/cluster/akka")}\n{n.Log}"));
                    var missing = await ScalarAsync(journal, $"SELECT count(*) FROM events e WHERE type = '{round}' AND NOT EXISTS (SELECT 1 FROM event_hook_executions x WHERE x.event_id = e.id)", cancellationToken);
                    var byStatus = await ScalarAsync(journal, $"SELECT count(*) FROM events e WHERE type = '{round}' AND status = 'completed'", cancellationToken);
                    seen = [$"round {round}: {missing} without an execution, {byStatus} completed", .. seen];
                    throw new InvalidOperationException($"after {warm} warm-up events some node still does not run the hook added on {NodeNames[0]}:\n{string.Join("\n", seen)}");
                }

                round = $"{WarmupType}{warm / warmup}";
                await ClusterHttpProducers.PostAllAsync(http, urls, ClusterHttpProducers.Bodies(warmup, batchSize, round), producers, cancellationToken);
                warm += warmup;
                await UntilFinishedAsync(journal, round, warmup, cancellationToken);
            }
            while (await ScalarAsync(journal, $"SELECT count(*) FROM events e WHERE type = '{round}' AND NOT EXISTS (SELECT 1 FROM event_hook_executions x WHERE x.event_id = e.id)", cancellationToken) > 0);

            // The first node to start hosts every partition until Cluster Sharding has rebalanced
            // them (a few shards every 10 s): measured before that, one node would run nearly
            // every event. Warm up until each node ran a fair part of a round.
            var balancing = Stopwatch.StartNew();
            var balanced = false;
            var rounds = 0;
            while (!balanced)
            {
                if (balancing.Elapsed > BalanceDeadline)
                {
                    throw new InvalidOperationException($"the partitions were not spread over the nodes within {BalanceDeadline.TotalSeconds:F0} s of warm-up");
                }

                round = $"{WarmupType}b{rounds++}";
                var before = await Task.WhenAll(nodes.Select(n => n.CounterAsync(http, "sloth_events_completed_total")));
                await ClusterHttpProducers.PostAllAsync(http, urls, ClusterHttpProducers.Bodies(warmup, batchSize, round), producers, cancellationToken);
                await UntilFinishedAsync(journal, round, warmup, cancellationToken);
                var after = await Task.WhenAll(nodes.Select(n => n.CounterAsync(http, "sloth_events_completed_total")));
                balanced = nodes.Select((_, i) => (after[i] - before[i]) / warmup).All(share => share >= MinBalancedShare);
                warm += warmup;
            }

            Console.WriteLine($"partitions spread over the nodes after {balancing.Elapsed.TotalSeconds:F0} s of warm-up ({rounds} rounds)");
            var bodies = ClusterHttpProducers.Bodies(count, batchSize, Type);
            var completedBefore = await Task.WhenAll(nodes.Select(n => n.CounterAsync(http, "sloth_events_completed_total")));
            var postmaster = ClusterCpu.PostmasterPid(server.DataDirectory);
            var (nodeCpu0, serverCpu0, clientCpu0, load0) = (nodes.Sum(n => n.Cpu().TotalSeconds), ClusterCpu.OfServer(postmaster), MachineLoad.ProcessCpu(), MachineLoad.LoadAverage());
            var clock = Stopwatch.StartNew();
            var refusals = await ClusterHttpProducers.PostAllAsync(http, urls, bodies, producers, cancellationToken);
            var accepted = clock.Elapsed;
            await UntilFinishedAsync(journal, Type, count, cancellationToken);
            var observed = clock.Elapsed;
            var (nodeCpu, serverCpu, clientCpu, load1) = (
                nodes.Sum(n => n.Cpu().TotalSeconds) - nodeCpu0,
                (ClusterCpu.OfServer(postmaster) - serverCpu0).TotalSeconds,
                (MachineLoad.ProcessCpu() - clientCpu0).TotalSeconds,
                MachineLoad.LoadAverage());
            var completedAfter = await Task.WhenAll(nodes.Select(n => n.CounterAsync(http, "sloth_events_completed_total")));

            var window = await WindowAsync(journal, cancellationToken);
            var failed = await ScalarAsync(journal, $"SELECT count(*) FROM events WHERE type = '{Type}' AND status = 'failed'", cancellationToken);
            var executions = await ScalarAsync(journal, $"SELECT count(*) FROM event_hook_executions x JOIN events e ON e.id = x.event_id WHERE e.type = '{Type}'", cancellationToken);
            var rate = count / window.TotalSeconds;
            var shares = nodes.Select((n, i) => (n.Name, Share: (completedAfter[i] - completedBefore[i]) / count)).ToList();
            var cpuPerEvent = (nodeCpu + serverCpu) * 1e6 / count;

            Console.WriteLine($"events={count} (after {warm} warm-up) nodes={nodes.Count} batch={batchSize} producers={producers} fsync={(durable ? "on" : "off")} hook=1 trivial Lua");
            Console.WriteLine($"load average: {load0} before, {load1} after; cores: {Environment.ProcessorCount}");
            Console.WriteLine($"all accepted ({(durable ? "durable acks" : "acks, fsync off")} over HTTP) after {accepted.TotalSeconds:F2} s; batches refused and sent to the next node: {refusals}");
            Console.WriteLine($"first accept to last completed (journal times): {window.TotalSeconds:F2} s, {rate:N0} events/s; seen complete by the client after {observed.TotalSeconds:F2} s");
            Console.WriteLine("completed per node: " + string.Join(", ", shares.Select(s => $"{s.Name} {s.Share:P1}")));
            Console.WriteLine($"CPU: nodes {nodeCpu:F2} s, PostgreSQL {serverCpu:F2} s, client {clientCpu:F2} s; {cpuPerEvent:F0} CPU-us/event (nodes + PostgreSQL)");
            Console.WriteLine($"failed events: {failed}, executions recorded: {executions}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cluster: 3 nodes {rate:F0} events/s over HTTP ({cpuPerEvent:F0} cpu-us/event), shares {string.Join("/", shares.Select(s => (s.Share * 100).ToString("F0", CultureInfo.InvariantCulture)))}%, fsync {(durable ? "on" : "off")}, load {load0}"));
            return failed == 0 && executions == count ? 0 : 1;
        }
        finally
        {
            await Task.WhenAll(nodes.Select(n => n.DisposeAsync().AsTask()));
            TempDirectory.Delete(root);
        }
    }

    private static async Task AddHookAsync(HttpClient http, string url, string script)
    {
        using var body = new StringContent(JsonSerializer.Serialize(new { script }), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(url + "/hooks", body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"hook not added: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task UntilAkkaClusterFormedAsync(HttpClient http, IReadOnlyList<ClusterNodeProcess> nodes, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        while (true)
        {
            var views = await Task.WhenAll(nodes.Select(n => http.GetStringAsync(n.Url + "/cluster/akka", cancellationToken)));
            if (views.All(view => JsonDocument.Parse(view).RootElement.GetProperty("members").EnumerateArray().Count(m => m.GetProperty("status").GetString() == "up") == nodes.Count))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"the nodes did not form one Akka cluster within 60 s:\n{string.Join("\n", views)}");
            }

            await pace.WaitForNextTickAsync(cancellationToken);
        }
    }

    private static async Task UntilFinishedAsync(NpgsqlDataSource journal, string type, long expected, CancellationToken cancellationToken)
    {
        using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (await ScalarAsync(journal, $"SELECT count(*) FROM events WHERE type = '{type}' AND status IN ('completed', 'failed')", cancellationToken) < expected)
        {
            await pace.WaitForNextTickAsync(cancellationToken);
        }
    }

    private static async Task<TimeSpan> WindowAsync(NpgsqlDataSource journal, CancellationToken cancellationToken)
    {
        await using var command = journal.CreateCommand($"SELECT extract(epoch FROM max(processed_at) - min(created_at)) FROM events WHERE type = '{Type}'");
        return TimeSpan.FromSeconds(Convert.ToDouble(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture));
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource journal, string sql, CancellationToken cancellationToken)
    {
        await using var command = journal.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
