using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>
/// One <c>sloth node run --storage postgres</c> process of the cluster benchmark, on a free
/// loopback port, logging warnings only so logging does not take part in the figures.
/// </summary>
internal sealed class ClusterNodeProcess : IAsyncDisposable
{
    private const int LogLines = 200;
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(120);
    private readonly Process _process;

    private ClusterNodeProcess(Process process, string name, string url)
    {
        _process = process;
        Name = name;
        Url = url;
    }

    public string Name { get; }

    public string Url { get; }

    public int Pid => _process.Id;

    /// <summary>Where the built CLI is: the Release output of src/SlothActors.Cli unless given.</summary>
    public static string FindSlothDll(string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SlothActors.sln")))
            {
                return Path.Combine(dir.FullName, "src", "SlothActors.Cli", "bin", "Release", "net10.0", "sloth.dll");
            }
        }

        throw new InvalidOperationException("SlothActors.sln not found above " + AppContext.BaseDirectory + "; pass --sloth PATH/sloth.dll");
    }

    /// <param name="secretKey">Base64 of 32 bytes, the same for every node of the cluster (secrets are shared).</param>
    public static async Task<ClusterNodeProcess> StartAsync(string slothDll, string name, string connectionString, string secretKey, string directory, HttpClient http)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
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
        start.Environment.Remove("SLOTH_TOKEN");
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var log = new Queue<string>();
        process.OutputDataReceived += (_, line) => Append(log, line.Data);
        process.ErrorDataReceived += (_, line) => Append(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new ClusterNodeProcess(process, name, url);
        var deadline = DateTime.UtcNow + StartDeadline;
        using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (!await node.HealthyAsync(http))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await node.DisposeAsync();
                lock (log)
                {
                    throw new InvalidOperationException($"node {name} did not start:\n{string.Join('\n', log)}");
                }
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

    // The last lines only: enough to say why a node did not start, bounded however much it logs.
    private static void Append(Queue<string> log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.Enqueue(line);
            if (log.Count > LogLines)
            {
                log.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
