using System.Diagnostics;
using System.Globalization;
using SlothActors.Benchmarks.Scenarios.Node;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>
/// One <c>sloth node run --storage postgres</c> process of the cluster benchmark, on a free
/// loopback port, logging warnings only so logging does not take part in the figures.
/// </summary>
internal sealed class ClusterNodeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(120);
    private readonly Process _process;

    private ClusterNodeProcess(Process process, string name, string url, OutputTail log)
    {
        _process = process;
        Log = log;
        Name = name;
        Url = url;
    }

    public string Name { get; }

    /// <summary>The end of the node's output, for a failure message.</summary>
    public OutputTail Log { get; }

    public string Url { get; }

    public int Pid => _process.Id;

    /// <param name="secretKey">Base64 of 32 bytes, the same for every node of the cluster (secrets are shared).</param>
    /// <param name="remotePort">This node's Akka remoting port.</param>
    /// <param name="seedPorts">The remoting ports of the cluster's seeds (on loopback): the nodes form one Akka cluster.</param>
    public static async Task<ClusterNodeProcess> StartAsync(
        string slothDll, string name, string connectionString, string secretKey, string directory, HttpClient http, int remotePort, IReadOnlyList<int> seedPorts)
    {
        var url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        foreach (var arg in new[] { slothDll, "node", "run", "--storage", "postgres", "--node-name", name, "--port", new Uri(url).Port.ToString(CultureInfo.InvariantCulture), "--data-dir", directory })
        {
            start.ArgumentList.Add(arg);
        }

        // The connection string and key go by environment, not argv, as an operator with a password would pass it.
        start.Environment["SLOTH_POSTGRES"] = connectionString;
        start.Environment["SLOTH_SECRET_KEY"] = secretKey;
        start.Environment["SLOTH_LOG_LEVEL"] = "warning";

        // Through the environment, which an older sloth.dll (--sloth) ignores, rather than a flag it would refuse.
        start.Environment["SLOTH_REMOTE_PORT"] = remotePort.ToString(CultureInfo.InvariantCulture);
        start.Environment["SLOTH_SEEDS"] = string.Join(",", seedPorts.Select(port => $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"));
        start.Environment.Remove("SLOTH_TOKEN");
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var log = new OutputTail(process);
        var node = new ClusterNodeProcess(process, name, url, log);
        var deadline = DateTime.UtcNow + StartDeadline;
        using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (!await node.HealthyAsync(http))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await node.DisposeAsync();
                throw new InvalidOperationException($"node {name} did not start:\n{log}");
            }

            await pace.WaitForNextTickAsync();
        }

        return node;
    }

    public TimeSpan Cpu() => ClusterCpu.OfProcess(_process.Id);

    /// <summary>The sum of one counter family (all label sets) in the node's <c>/metrics</c>.</summary>
    public async Task<double> CounterAsync(HttpClient http, string family)
    {
        var text = await http.GetStringAsync(Url + "/metrics");
        return text.Split('\n')
            .Where(line => line.StartsWith(family, StringComparison.Ordinal) && (line.Length == family.Length || line[family.Length] is '{' or ' '))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // The benchmark's data is thrown away: no need for a graceful stop.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task<bool> HealthyAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync(Url + "/health");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
