using System.Globalization;
using SlothActors.Benchmarks.Scenarios.Support;
using SlothActors.Journal.Sqlite;

namespace SlothActors.Benchmarks.Scenarios;

/// <summary>
/// Ten trivial Lua hooks matching every event, in process: hook executions per second from the
/// first accept to the last event recorded with all its executions.
/// Options: <c>--events</c> (20000), <c>--hooks</c> (10), <c>--producers</c> (4), <c>--batch</c> (100),
/// <c>--warmup</c> (2000), <c>--sync</c> (full), <c>--capacity</c>, <c>--workers</c>, <c>--threads</c>.
/// </summary>
public sealed class FanoutScenario : IBenchmarkScenario
{
    public string Name => "fanout";

    public string Description => "hook executions/s with 10 Lua hooks matching each event (--events, --hooks)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var count = options.Int("--events", 20_000);
        var hookCount = options.Int("--hooks", 10);
        var producers = options.Int("--producers", 4);
        var batchSize = options.Int("--batch", 100);
        var warmup = options.Int("--warmup", 2_000);
        var sync = Enum.Parse<SqliteSynchronous>(options.Text("--sync", "full"), ignoreCase: true);
        var hooks = Enumerable.Range(0, hookCount).Select(i => BenchHooks.Trivial($"bench{i}")).ToList();

        var r = await InProcessRun.RunAsync(
            BenchHooks.Events(count, batchSize), warmup, producers, sync, hooks, EngineSettings.From(options), cancellationToken);
        var executionsPerSecond = r.Executions / r.Elapsed.TotalSeconds;
        var cpuPerExecution = r.CpuSeconds * 1e6 / Math.Max(1, r.Executions);

        Console.WriteLine($"events={count} hooks per event={hookCount} producers={producers} batch={batchSize} synchronous={sync}");
        Console.WriteLine($"load average: {r.LoadBefore} before, {r.LoadAfter} after");
        Console.WriteLine($"{r.Executions:N0} executions in {r.Elapsed.TotalSeconds:F2} s: {executionsPerSecond:N0} executions/s, {r.Rate:N0} events/s");
        Console.WriteLine($"CPU: {cpuPerExecution:F1} us/execution, {r.CpuMicrosPerEvent:F1} us/event; allocations {r.BytesPerEvent:N0} bytes/event");
        Console.WriteLine($"failed events: {r.Failed}, peak in flight: {r.PeakInFlight}, claimed by fallback: {r.ClaimedByFallback}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fanout: {executionsPerSecond:F0} executions/s ({cpuPerExecution:F1} cpu-us/execution), {r.Rate:F0} events/s x {hookCount} hooks, load {r.LoadBefore}"));
        return r.Failed == 0 && r.Executions == (long)count * hookCount ? 0 : 1;
    }
}
