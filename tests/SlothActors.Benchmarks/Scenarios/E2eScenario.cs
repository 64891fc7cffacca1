using System.Diagnostics;
using System.Globalization;
using SlothActors.Benchmarks.Scenarios.Support;
using SlothActors.Engine.Hosting;
using SlothActors.Journal.Sqlite;

namespace SlothActors.Benchmarks.Scenarios;

/// <summary>
/// End to end in this process: N events with one trivial Lua hook each through
/// <see cref="EngineHost.Ingress"/>, timed from the first accept to the last event completed with
/// its execution recorded; then the same rows through a plain batched append loop (the limit).
/// Options: <c>--events</c> (200000), <c>--producers</c> (4), <c>--batch</c> (100),
/// <c>--raw-batch</c> (1000), <c>--warmup</c> (20000), <c>--hooks</c> (1), <c>--sync full|normal|off</c> (full), <c>--capacity</c>, <c>--workers</c>.
/// </summary>
public sealed class E2eScenario : IBenchmarkScenario
{
    public string Name => "e2e";

    public string Description => "events/s end to end in-process with one Lua hook each, vs the raw insert rate (--events, --producers, --batch, --sync)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var count = options.Int("--events", 200_000);
        var producers = options.Int("--producers", 4);
        var batchSize = options.Int("--batch", 100);
        var rawBatch = options.Int("--raw-batch", 1000);
        var sync = Enum.Parse<SqliteSynchronous>(options.Text("--sync", "full"), ignoreCase: true);
        var engineOptions = new EngineOptions();
        engineOptions = engineOptions with
        {
            Capacity = options.Int("--capacity", engineOptions.Capacity),
            Workers = options.Int("--workers", engineOptions.Workers),
        };

        var warmup = options.Int("--warmup", 20_000);
        var hooks = Enumerable.Range(0, options.Int("--hooks", 1)).Select(i => BenchHooks.Trivial($"bench{i}")).ToList();
        var batches = BenchHooks.Events(count, batchSize);
        await using var engine = await InProcessEngine.StartAsync(sync, hooks, engineOptions, cancellationToken);

        // Warm up (JIT tiers, VM pools, SQLite page cache) outside the timed run, as a long-running node would be.
        engine.Counter.Expect(warmup);
        await Producers.SendAllAsync(engine.Host.Ingress, BenchHooks.Events(warmup, batchSize), producers, cancellationToken);
        await engine.Counter.All.WaitAsync(cancellationToken);
        engine.Counter.Reset();
        engine.Counter.Expect(count);
        var loadBefore = MachineLoad.LoadAverage();

        var cpu = MachineLoad.ProcessCpu();
        var watch = Stopwatch.StartNew();
        var refusals = await Producers.SendAllAsync(engine.Host.Ingress, batches, producers, cancellationToken);
        var accepted = watch.Elapsed;
        await engine.Counter.All.WaitAsync(cancellationToken);
        watch.Stop();
        var cpuSeconds = (MachineLoad.ProcessCpu() - cpu).TotalSeconds;
        var status = await engine.Host.GetStatusAsync(cancellationToken);
        var loadAfter = MachineLoad.LoadAverage();
        await engine.DisposeAsync();

        var rate = count / watch.Elapsed.TotalSeconds;
        var raw = await RawInsert.MeasureAsync([.. batches.SelectMany(b => b)], rawBatch, sync, cancellationToken);
        var ratio = rate / raw.Rate;

        Console.WriteLine($"events={count} (after {warmup} warm-up) hooks={hooks.Count} producers={producers} batch={batchSize} synchronous={sync} capacity={engineOptions.Capacity} workers={engineOptions.Workers}");
        Console.WriteLine($"load average: {loadBefore} before, {loadAfter} after");
        Console.WriteLine($"all accepted (durable acks) after {accepted.TotalSeconds:F2} s; overload refusals retried: {refusals}");
        Console.WriteLine($"end to end: {watch.Elapsed.TotalSeconds:F2} s, {rate:N0} events/s, {cpuSeconds * 1e6 / count:F1} CPU-us/event ({count / cpuSeconds:N0} events/CPU-s)");
        Console.WriteLine($"failed events: {engine.Counter.Failed}, executions recorded: {engine.Counter.Executions}, peak in flight: {status.PeakInFlight}, claimed by fallback: {status.ClaimedByFallback}");
        Console.WriteLine($"raw insert (batch {rawBatch}): {raw.Rate:N0} events/s, {1e6 / raw.PerCpuSecond:F1} CPU-us/event");
        Console.WriteLine($"ratio end-to-end / raw insert: {ratio:F2}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"e2e: in-process {rate:F0} events/s ({cpuSeconds * 1e6 / count:F1} cpu-us/event), raw insert {raw.Rate:F0} events/s, ratio {ratio:F2}, load {loadBefore}"));
        return engine.Counter.Failed == 0 ? 0 : 1;
    }
}
