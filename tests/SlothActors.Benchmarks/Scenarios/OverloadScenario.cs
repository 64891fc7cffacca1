using System.Diagnostics;
using System.Globalization;
using SlothActors.Benchmarks.Scenarios.Node;
using SlothActors.Benchmarks.Scenarios.Support;

namespace SlothActors.Benchmarks.Scenarios;

/// <summary>
/// A node process offered 5x its sustainable rate over HTTP, open loop: peak RSS under overload
/// against RSS at the sustainable rate, the largest in-memory queue and journal backlog seen in
/// <c>/metrics</c>, the time to drain, and that every event completed (exit 1 otherwise).
/// Options: <c>--sustainable</c> (events/s; default: 0.8 of a closed-loop probe's throughput),
/// <c>--rate</c> (default 5x sustainable), <c>--seconds</c> (30), <c>--base-seconds</c> (15),
/// <c>--batch</c> (100), <c>--connections</c> (32), <c>--warmup</c> (20000), <c>--probe-events</c> (60000),
/// <c>--sloth PATH</c>, <c>--capacity</c>, <c>--workers</c>.
/// </summary>
public sealed class OverloadScenario : IBenchmarkScenario
{
    public string Name => "overload";

    public string Description => "5x the sustainable rate over HTTP: peak RSS, in-memory queue, journal backlog, drain time (--sustainable, --rate, --seconds)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var seconds = options.Double("--seconds", 30);
        var baseSeconds = options.Double("--base-seconds", 15);
        var batchSize = options.Int("--batch", 100);
        var connections = options.Int("--connections", 32);
        var sloth = await SlothBinary.LocateAsync(options.Text("--sloth"), cancellationToken);
        await using var node = await NodeProcess.StartAsync(sloth, NodeFlags.From(options), cancellationToken);
        using var poster = new BatchPoster(node.BaseAddress, connections);
        await HttpE2eRun.WarmUpAsync(poster, options.Int("--warmup", 20_000), 500, 8, cancellationToken);
        var loadBefore = MachineLoad.LoadAverage();

        var probed = options.Text("--sustainable") is null ? await ProbeAsync(poster, options.Int("--probe-events", 60_000), cancellationToken) : double.NaN;
        var sustainable = options.Double("--sustainable", 0.8 * probed);
        var overload = options.Double("--rate", 5 * sustainable);
        var calm = await PacedPhase.RunAsync(node, poster, sustainable, baseSeconds, batchSize, cancellationToken);
        var storm = await PacedPhase.RunAsync(node, poster, overload, seconds, batchSize, cancellationToken);
        var statuses = await JournalFile.StatusCountsAsync(node.JournalPath, cancellationToken);
        var loadAfter = MachineLoad.LoadAverage();
        var unfinished = statuses.Where(s => s.Key is not ("completed" or "failed")).Sum(s => s.Value);
        var allDone = storm.Failed == 0 && storm.Executions == storm.Events && calm.Failed == 0 && unfinished == 0;
        var rssRatio = (double)storm.HwmKbAfter / calm.HwmKbAfter;

        Console.WriteLine($"overload: node flags [{string.Join(' ', NodeFlags.From(options))}], batch {batchSize}, {connections} connections, open loop");
        Console.WriteLine($"load average: {loadBefore} before, {loadAfter} after");
        Console.WriteLine(double.IsNaN(probed)
            ? $"sustainable rate given: {sustainable:N0} events/s"
            : $"closed-loop probe: {probed:N0} events/s end to end; sustainable taken as 0.8 of it: {sustainable:N0} events/s");
        Report("sustainable", calm);
        Report("overload", storm);
        Console.WriteLine($"peak RSS (VmHWM): {calm.HwmKbAfter / 1024} MiB after the sustainable phase, {storm.HwmKbAfter / 1024} MiB after overload: ratio {rssRatio:F2}");
        Console.WriteLine($"journal at the end: {string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value:N0}"))}; every event completed: {allDone}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"overload: {overload:F0} events/s offered (5x {sustainable:F0}) for {seconds} s, peak RSS {storm.HwmKbAfter / 1024} MiB vs {calm.HwmKbAfter / 1024} MiB ({rssRatio:F2}x), " +
            $"in-flight peak {storm.PeakInFlight:F0}, backlog peak {storm.PeakPending:F0}, drain {storm.Drain.TotalSeconds:F1} s, all completed {allDone}, load {loadBefore}"));
        return allDone ? 0 : 1;
    }

    private static void Report(string name, PhaseResult phase)
    {
        Console.WriteLine($"{name}: {phase.Rate:N0} events/s offered for {phase.FiredFor.TotalSeconds:F1} s ({phase.Events:N0} events); " +
                          $"all acked after {phase.AllAcked.TotalSeconds:F1} s, all finished after {phase.AllFinished.TotalSeconds:F1} s " +
                          $"(drain {phase.Drain.TotalSeconds:F1} s); node {phase.NodeCpuMicrosPerEvent:F1} CPU-us/event");
        Console.WriteLine($"  peaks from /metrics every 250 ms: in flight {phase.PeakInFlight:N0}, pending in the journal {phase.PeakPending:N0}, " +
                          $"VmRSS {phase.PeakRssKb / 1024} MiB; failed {phase.Failed}, executions {phase.Executions:N0}");
    }

    /// <summary>Closed-loop throughput over HTTP (8 senders, batches of 500) from the first post to the last event finished.</summary>
    private static async Task<double> ProbeAsync(BatchPoster poster, int events, CancellationToken cancellationToken)
    {
        var bodies = BenchHooks.Events(events, 500).Select(BatchBodies.Of).ToList();
        var before = await NodeCounters.ScrapeAsync(poster.Http, cancellationToken);
        var watch = Stopwatch.StartNew();
        await poster.SendAllAsync(bodies, 8, cancellationToken);
        await CompletionPoll.WaitAsync(poster.Http, before.Finished + events, TimeSpan.FromMilliseconds(20), null, cancellationToken);
        return events / watch.Elapsed.TotalSeconds;
    }
}
