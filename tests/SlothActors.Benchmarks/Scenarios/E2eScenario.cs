using System.Globalization;
using SlothActors.Benchmarks.Scenarios.Node;
using SlothActors.Benchmarks.Scenarios.Support;
using SlothActors.Engine.Hosting;
using SlothActors.Journal.Sqlite;

namespace SlothActors.Benchmarks.Scenarios;

/// <summary>
/// End to end in this process: N events with one trivial Lua hook each through
/// <see cref="EngineHost.Ingress"/>, timed from the first accept to the last event completed with
/// its execution recorded; then the same rows through a plain batched append loop (the limit).
/// Options: <c>--events</c> (200000), <c>--producers</c> (4), <c>--batch</c> (100),
/// <c>--raw-batch</c> (1000), <c>--warmup</c> (20000), <c>--hooks</c> (1),
/// <c>--sync full|normal|off</c> (full), <c>--capacity</c>, <c>--workers</c>, <c>--window</c> (0: off; N: producers keep at
/// most N events in flight, sent and not finished, so the offered load follows the engine instead of outrunning it).
/// <c>--mode inproc|http|both</c> (both) picks this part (a), part (b) over HTTP against a node
/// process (<see cref="HttpE2eRun"/>), or both in turn.
/// </summary>
public sealed class E2eScenario : IBenchmarkScenario
{
    /// <summary>Options only part (a) reads; <c>--mode http</c> refuses them instead of ignoring them.</summary>
    private static readonly string[] InProcessOnly = ["--batch", "--producers", "--window", "--hooks", "--sync", "--write-batch"];

    public string Name => "e2e";

    public string Description => "events/s end to end with one Lua hook each, in-process and over HTTP, vs the raw insert rate (--mode, --events, --sync)";

    public string Help =>
        """
        e2e: events/s end to end, one trivial Lua hook per event, timed from the first accept to the last event
        finished with its execution recorded; then, in the same run, the same rows through a plain batched append
        loop into a fresh journal (the raw insert rate) and the ratio end-to-end / raw insert.

        usage: dotnet run -c Release --project tests/SlothActors.Benchmarks -- e2e [options]

          --mode inproc|http|both  (both) inproc: an engine in this process; http: a `sloth node run` process
                                   fed with POST /events/batch; both: inproc, then http
          --events N               (200000) timed events
          --warmup N               (20000) events sent and finished before the clock starts
          --raw-batch N            (1000) events per append in the raw insert loop
          --capacity N, --workers N, --threads N
                                   engine options (passed to the node over HTTP); its defaults otherwise

        in-process part only (--mode http refuses them):
          --batch N                (100) events per ingress call
          --producers N            (4) concurrent producers
          --window N               (0: off) producers keep at most N events sent and not finished
          --hooks N                (1) trivial Lua hooks per event
          --sync full|normal|off   (full) SQLite synchronous mode
          --write-batch N          most events per journal write (engine default otherwise)

        HTTP part only:
          --http-batch N           (500) events per POST /events/batch (the node takes at most 1000)
          --senders N              (8) concurrent clients, each posting its next batch after the 201 of the last
                                   (closed loop; the node acks once the batch is durable)
          --sloth PATH             the sloth.dll to run (default: this checkout's Release build, built when missing)
          The node runs on its defaults (synchronous FULL, capacity 1000, 100 workers) plus the flags above. The run
          ends when the node's own /metrics counters (completed + failed, moved after the recorder's commit, polled
          every 20 ms) reach every event; its journal is then read to check each event is completed.

        examples:
          bulk:        e2e --mode http --events 100000 --http-batch 1000 --senders 4
          closed loop: e2e --mode http
          window:      e2e --mode inproc --window 800
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var mode = options.Text("--mode", "both");
        if (mode is not ("inproc" or "http" or "both"))
        {
            Console.Error.WriteLine($"--mode {mode}: use inproc, http or both");
            return 2;
        }

        if (mode == "http")
        {
            if (InProcessOnly.FirstOrDefault(flag => options.Text(flag) is not null) is { } ignored)
            {
                // Taken silently, it would measure another shape than the one asked for (--batch 1000 would post batches of 500).
                Console.Error.WriteLine($"{ignored} applies to the in-process part only; over HTTP use --http-batch, --senders " +
                                        "(the node runs one hook, synchronous FULL)");
                return 2;
            }

            return await HttpE2eRun.RunAsync(options, cancellationToken);
        }

        var count = options.Int("--events", 200_000);
        var producers = options.Int("--producers", 4);
        var batchSize = options.Int("--batch", 100);
        var rawBatch = options.Int("--raw-batch", 1000);
        var warmup = options.Int("--warmup", 20_000);
        var window = options.Int("--window", 0);
        var sync = Enum.Parse<SqliteSynchronous>(options.Text("--sync", "full"), ignoreCase: true);
        var engineOptions = EngineSettings.From(options);
        var hooks = Enumerable.Range(0, options.Int("--hooks", 1)).Select(i => BenchHooks.Trivial($"bench{i}")).ToList();
        var batches = BenchHooks.Events(count, batchSize);

        var r = await InProcessRun.RunAsync(batches, warmup, producers, sync, hooks, engineOptions, cancellationToken, window);
        var raw = await RawInsert.MeasureAsync([.. batches.SelectMany(b => b)], rawBatch, sync, cancellationToken);
        var ratio = r.Rate / raw.Rate;

        Console.WriteLine($"events={count} (after {warmup} warm-up) hooks={hooks.Count} producers={producers} batch={batchSize} synchronous={sync} " +
                          $"capacity={engineOptions.Capacity} workers={engineOptions.Workers} window={(window > 0 ? window : "off")}");
        Console.WriteLine($"load average: {r.LoadBefore} before, {r.LoadAfter} after");
        Console.WriteLine($"all accepted (durable acks) after {r.Accepted.TotalSeconds:F2} s; overload refusals retried: {r.Refusals}");
        Console.WriteLine($"end to end: {r.Elapsed.TotalSeconds:F2} s, {r.Rate:N0} events/s, {r.CpuMicrosPerEvent:F1} CPU-us/event ({1e6 / r.CpuMicrosPerEvent:N0} events/CPU-s)");
        Console.WriteLine($"managed allocations: {r.BytesPerEvent:N0} bytes/event, {r.Gen0} gen0 collections");
        Console.WriteLine($"failed events: {r.Failed}, executions recorded: {r.Executions}, peak in flight: {r.PeakInFlight}, claimed by fallback: {r.ClaimedByFallback}");
        Console.WriteLine($"raw insert (batch {rawBatch}): {raw.Rate:N0} events/s, {1e6 / raw.PerCpuSecond:F1} CPU-us/event");
        Console.WriteLine($"ratio end-to-end / raw insert: {ratio:F2}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"e2e: in-process {r.Rate:F0} events/s ({r.CpuMicrosPerEvent:F1} cpu-us/event), raw insert {raw.Rate:F0} events/s, ratio {ratio:F2}, load {r.LoadBefore}"));
        var inProcessExit = r.Failed == 0 ? 0 : 1;
        return mode == "both" ? Math.Max(inProcessExit, await HttpE2eRun.RunAsync(options, cancellationToken)) : inProcessExit;
    }
}
