using System.Globalization;
using SlothActors.Benchmarks.Scenarios.Node;
using SlothActors.Benchmarks.Scenarios.Support;

namespace SlothActors.Benchmarks.Scenarios;

/// <summary>
/// A fixed offered load over HTTP against a node process, paced open loop (<see cref="PacedSend"/>):
/// p50/p99/max from each batch's due time to its 201 (durable ack) and to each event's
/// <c>processed_at</c> in the journal (completed), on the same system clock.
/// Options: <c>--rate</c> (10000 events/s), <c>--seconds</c> (30), <c>--batch</c> (20),
/// <c>--connections</c> (32), <c>--warmup</c> (20000), <c>--sloth PATH</c>, <c>--capacity</c>, <c>--workers</c>.
/// </summary>
public sealed class LatencyScenario : IBenchmarkScenario
{
    private static readonly TimeSpan ScrapeInterval = TimeSpan.FromMilliseconds(100);

    public string Name => "latency";

    public string Description => "p50/p99/max durable-ack and completion latency at a fixed offered load over HTTP (--rate, --seconds, --batch)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var rate = options.Int("--rate", 10_000);
        var seconds = options.Double("--seconds", 30);
        var batchSize = options.Int("--batch", 20);
        var connections = options.Int("--connections", 32);
        var warmup = options.Int("--warmup", 20_000);
        var batches = (int)Math.Ceiling(rate * seconds / batchSize);
        var count = batches * batchSize;
        var events = BenchHooks.Events(count, batchSize);
        var bodies = events.Select(BatchBodies.Of).ToList();
        var batchOf = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var b = 0; b < events.Count; b++)
        {
            foreach (var evt in events[b])
            {
                batchOf[evt.Id] = b;
            }
        }

        var sloth = await SlothBinary.LocateAsync(options.Text("--sloth"), cancellationToken);
        await using var node = await NodeProcess.StartAsync(sloth, NodeFlags.From(options), cancellationToken);
        using var poster = new BatchPoster(node.BaseAddress, connections);
        await HttpE2eRun.WarmUpAsync(poster, warmup, 500, 8, cancellationToken);

        var before = await NodeCounters.ScrapeAsync(poster.Http, cancellationToken);
        var loadBefore = MachineLoad.LoadAverage();
        var (nodeCpu, clientCpu) = (node.Cpu, MachineLoad.ProcessCpu());
        var sampler = NodeSampler.Start(node, poster.Http, ScrapeInterval, cancellationToken);
        var paced = await PacedSend.RunAsync(poster, i => bodies[i], batches, (double)rate / batchSize, cancellationToken);
        var after = await CompletionPoll.WaitAsync(poster.Http, before.Finished + count, TimeSpan.FromMilliseconds(20), null, cancellationToken);
        await sampler.StopAsync();
        var nodeCpuUs = (node.Cpu - nodeCpu).TotalMicroseconds / count;
        var clientCpuUs = (MachineLoad.ProcessCpu() - clientCpu).TotalMicroseconds / count;
        var loadAfter = MachineLoad.LoadAverage();

        var ack = new LatencySamples();
        for (var b = 0; b < batches; b++)
        {
            ack.Add(paced.AckedMs[b] - paced.DueMs[b]);
        }

        var completed = new LatencySamples();
        var processed = new List<long>(count);
        foreach (var (id, processedAtMs) in await JournalFile.ProcessedAtAsync(node.JournalPath, BenchHooks.EventType, cancellationToken))
        {
            if (batchOf.TryGetValue(id, out var b))
            {
                completed.Add(processedAtMs - paced.DueUnixMs(b));
                processed.Add(processedAtMs);
            }
        }

        processed.Sort();
        var lag = CommitLag.Estimate(processed, sampler.Samples, before.Finished);
        var failed = after.Failed - before.Failed;
        var executions = after.Executions - before.Executions;
        var offered = count / Math.Max(paced.LastFiredAt.TotalSeconds, 1e-3);

        Console.WriteLine($"latency: offered {rate:N0} events/s for {seconds} s = {count:N0} events in {batches:N0} batches of {batchSize}, " +
                          $"{connections} connections, open loop (due times), after {warmup:N0} warm-up events; node flags: [{string.Join(' ', NodeFlags.From(options))}]");
        Console.WriteLine($"load average: {loadBefore} before, {loadAfter} after");
        Console.WriteLine($"fired: last batch at {paced.LastFiredAt.TotalSeconds:F2} s ({offered:N0} events/s achieved); 503 refusals retried: {poster.Refusals}");
        Console.WriteLine($"accept-to-durable-ack (due time to 201), per batch: {ack.Summary()}");
        Console.WriteLine($"accept-to-completed (due time to processed_at, 1 ms resolution), per event ({completed.Count:N0}): {completed.Summary()}");
        Console.WriteLine($"commit lag after processed_at (estimate from {lag.Count} /metrics scrapes, includes the scrape): {lag.Summary()}");
        Console.WriteLine($"CPU: node {nodeCpuUs:F1} us/event ({nodeCpuUs * rate / 1e4:F0}% of a core at the offered rate), client {clientCpuUs:F1} us/event");
        Console.WriteLine($"node memory: VmHWM {node.StatusKb("VmHWM") / 1024} MiB; failed events: {failed}, executions recorded: {executions}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency: {rate} events/s offered, ack p50 {ack.Percentile(50):F2} p99 {ack.Percentile(99):F2} max {ack.Max:F2} ms, " +
            $"completed p50 {completed.Percentile(50):F1} p99 {completed.Percentile(99):F1} max {completed.Max:F1} ms, node {nodeCpuUs:F1} cpu-us/event, load {loadBefore}"));
        return failed == 0 && executions == count && completed.Count == count ? 0 : 1;
    }
}
