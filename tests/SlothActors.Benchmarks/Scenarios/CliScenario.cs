using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SlothActors.Benchmarks.Scenarios.Node;
using SlothActors.Benchmarks.Scenarios.Support;

namespace SlothActors.Benchmarks.Scenarios;

/// <summary>
/// The CLI's cold start: each `sloth` command is a fresh process that starts its own actor system,
/// finds the node's command host over Akka remoting, asks, prints and exits. Timed from process
/// start to exit against a real node on this machine, with the process's CPU time.
/// </summary>
public sealed class CliScenario : IBenchmarkScenario
{
    private static readonly string[][] Verbs =
    [
        ["hook", "list"],
        ["events", "list", "--limit", "20"],
        ["events", "dispatch", "bench.cli"],
        ["cluster", "show"],
    ];

    public string Name => "cli";

    public string Description => "wall and CPU time of one sloth command (a fresh process) against a node over Akka remoting";

    public string Help =>
        """
        cli: the CLI's cold start. Starts a node process (sloth node run, SQLite), then runs each of
        `hook list`, `events list`, `events dispatch`, `cluster show` --runs times as its own
        process against the node's remoting address, and `hook list` against a port where nothing
        listens (the "no node" answer). Prints the median, min and max wall time and the median CPU
        time of each.

        options:
          --runs N      runs per command (default 10)
          --sloth PATH  the sloth.dll to run (default: this checkout's Release build, built when missing)
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var runs = options.Int("--runs", 10);
        var sloth = await SlothBinary.LocateAsync(options.Text("--sloth"), cancellationToken);
        await using var node = await NodeProcess.StartAsync(sloth, [], cancellationToken);
        var address = await RemoteAddressAsync(node, cancellationToken);
        Console.WriteLine($"cli: {runs} runs per command against {address}");

        var medians = new List<double>();
        foreach (var verb in Verbs)
        {
            medians.Add(await MeasureAsync(sloth, address, verb, runs, expectedExit: 0, cancellationToken));
        }

        await MeasureAsync(sloth, $"127.0.0.1:{LoopbackPort.Free()}", ["hook", "list"], runs, expectedExit: 3, cancellationToken);
        Console.WriteLine($"cli summary: median wall {medians.Min():0} to {medians.Max():0} ms per command over {Verbs.Length} commands");
        return 0;
    }

    private static async Task<double> MeasureAsync(string sloth, string node, string[] verb, int runs, int expectedExit, CancellationToken ct)
    {
        var walls = new List<double>();
        var cpus = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in (string[])[sloth, "--node", node, .. verb])
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("SLOTH_", StringComparison.Ordinal)).ToList())
            {
                start.Environment.Remove(name);
            }

            var childCpuBefore = ReapedChildrenCpuMs();
            var started = Stopwatch.GetTimestamp();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start sloth");
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            walls.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            cpus.Add(ReapedChildrenCpuMs() - childCpuBefore);
            if (process.ExitCode != expectedExit)
            {
                throw new InvalidOperationException($"sloth {string.Join(' ', verb)} exited {process.ExitCode}, not {expectedExit}:\n{await output}{await error}");
            }
        }

        walls.Sort();
        cpus.Sort();
        var label = expectedExit == 0 ? string.Join(' ', verb) : string.Join(' ', verb) + " (no node)";
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {label,-28} wall median {walls[walls.Count / 2],5:0} ms  min {walls[0],5:0}  max {walls[^1],5:0}  cpu median {cpus[cpus.Count / 2],5:0} ms"));
        return walls[walls.Count / 2];
    }

    /// <summary>
    /// CPU time of this process's children that have exited and been waited for (cutime + cstime
    /// of /proc/self/stat, in 10 ms ticks): on Linux a process's own CPU time is gone once it exits.
    /// </summary>
    private static double ReapedChildrenCpuMs()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

        // After the command name: field 3 is index 0, so cutime (16) and cstime (17) are 13 and 14.
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) * 10.0;
    }

    private static async Task<string> RemoteAddressAsync(NodeProcess node, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = node.BaseAddress };
        using var health = JsonDocument.Parse(await http.GetStringAsync("health", ct));
        return health.RootElement.GetProperty("node").GetProperty("address").GetString()!;
    }
}
