using System.Diagnostics;
using System.Globalization;
using SlothActors.Benchmarks.Scenarios.Support;
using SlothActors.Events;
using SlothActors.Journal.Sqlite;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>
/// Part (b) of <c>e2e</c>: N events posted as <c>POST /events/batch</c> from this process to a node
/// process, timed from the first post to the node's finished counter reaching N (every event
/// completed with its execution recorded), checked against the node's journal; then the same
/// rows through the raw append loop.
/// Options: <c>--events</c> (200000), <c>--http-batch</c> (500), <c>--senders</c> (8),
/// <c>--warmup</c> (20000), <c>--raw-batch</c> (1000), <c>--sloth PATH</c>, <c>--capacity</c> and
/// <c>--workers</c> (passed to the node when given).
/// </summary>
internal static class HttpE2eRun
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public static async Task<int> RunAsync(BenchArgs options, CancellationToken cancellationToken)
    {
        var count = options.Int("--events", 200_000);
        var batchSize = options.Int("--http-batch", 500);
        var senders = options.Int("--senders", 8);
        var warmup = options.Int("--warmup", 20_000);
        var rawBatch = options.Int("--raw-batch", 1000);
        var sloth = await SlothBinary.LocateAsync(options.Text("--sloth"), cancellationToken);
        var events = BenchHooks.Events(count, batchSize);
        var bodies = events.Select(BatchBodies.Of).ToList();

        await using var node = await NodeProcess.StartAsync(sloth, NodeFlags.From(options), cancellationToken);
        using var poster = new BatchPoster(node.BaseAddress, senders);
        await WarmUpAsync(poster, warmup, batchSize, senders, cancellationToken);

        var before = await NodeCounters.ScrapeAsync(poster.Http, cancellationToken);
        var loadBefore = MachineLoad.LoadAverage();
        var nodeCpu = node.Cpu;
        var clientCpu = MachineLoad.ProcessCpu();
        var watch = Stopwatch.StartNew();
        await poster.SendAllAsync(bodies, senders, cancellationToken);
        var accepted = watch.Elapsed;
        var after = await CompletionPoll.WaitAsync(poster.Http, before.Finished + count, PollInterval, null, cancellationToken);
        watch.Stop();
        var nodeCpuUs = (node.Cpu - nodeCpu).TotalMicroseconds / count;
        var clientCpuUs = (MachineLoad.ProcessCpu() - clientCpu).TotalMicroseconds / count;
        var (rss, hwm) = (node.StatusKb("VmRSS"), node.StatusKb("VmHWM"));
        var loadAfter = MachineLoad.LoadAverage();
        var failed = after.Failed - before.Failed;
        var executions = after.Executions - before.Executions;

        // The counters are the node's word; its journal must agree: every event sent (warm-up included) completed, one execution row each.
        var sent = count + Math.Max(warmup, 0);
        var statuses = await JournalFile.StatusCountsAsync(node.JournalPath, cancellationToken);
        var executionRows = await JournalFile.ExecutionCountAsync(node.JournalPath, cancellationToken);
        var journalAgrees = statuses.GetValueOrDefault(EventStatusNames.Completed) == sent && statuses.Values.Sum() == sent && executionRows == sent;
        await node.DisposeAsync();

        var raw = await RawInsert.MeasureAsync([.. events.SelectMany(b => b)], rawBatch, SqliteSynchronous.Full, cancellationToken);
        var rate = count / watch.Elapsed.TotalSeconds;
        var ratio = rate / raw.Rate;
        Console.WriteLine($"e2e (b) over HTTP: events={count} (after {warmup} warm-up) batch={batchSize} senders={senders} " +
                          $"node flags: [{string.Join(' ', NodeFlags.From(options))}] synchronous=Full (node default)");
        Console.WriteLine($"load average: {loadBefore} before, {loadAfter} after");
        Console.WriteLine($"all accepted (201 durable acks) after {accepted.TotalSeconds:F2} s; 503 refusals retried: {poster.Refusals}");
        Console.WriteLine($"end to end: {watch.Elapsed.TotalSeconds:F2} s, {rate:N0} events/s (finish seen by polling /metrics every {PollInterval.TotalMilliseconds:F0} ms)");
        Console.WriteLine($"CPU: node {nodeCpuUs:F1} us/event, client {clientCpuUs:F1} us/event, together {nodeCpuUs + clientCpuUs:F1} us/event " +
                          $"({1e6 / (nodeCpuUs + clientCpuUs):N0} events/CPU-s)");
        Console.WriteLine($"node memory: VmRSS {rss / 1024} MiB, VmHWM {hwm / 1024} MiB");
        Console.WriteLine($"failed events: {failed}, executions recorded: {executions}");
        Console.WriteLine($"node journal after the run: {string.Join(", ", statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value:N0}"))}; " +
                          $"execution rows {executionRows:N0}; expected {sent:N0} completed with one execution each (warm-up included): {(journalAgrees ? "yes" : "NO")}");
        Console.WriteLine($"raw insert (batch {rawBatch}): {raw.Rate:N0} events/s, {1e6 / raw.PerCpuSecond:F1} CPU-us/event");
        Console.WriteLine($"ratio end-to-end / raw insert: {ratio:F2}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"e2e: http {rate:F0} events/s (node {nodeCpuUs:F1} + client {clientCpuUs:F1} cpu-us/event), raw insert {raw.Rate:F0} events/s, ratio {ratio:F2}, load {loadBefore}"));
        return failed == 0 && executions == count && journalAgrees ? 0 : 1;
    }

    /// <summary>JIT tiers, Lua VM pool, SQLite page cache and keep-alive connections warmed up outside the timed run.</summary>
    public static async Task WarmUpAsync(BatchPoster poster, int events, int batchSize, int senders, CancellationToken cancellationToken)
    {
        if (events <= 0)
        {
            return;
        }

        var before = await NodeCounters.ScrapeAsync(poster.Http, cancellationToken);
        await poster.SendAllAsync(BenchHooks.Events(events, batchSize).Select(BatchBodies.Of).ToList(), senders, cancellationToken);
        await CompletionPoll.WaitAsync(poster.Http, before.Finished + events, PollInterval, null, cancellationToken);
    }
}
