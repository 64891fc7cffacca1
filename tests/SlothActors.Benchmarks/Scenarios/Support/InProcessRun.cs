using System.Diagnostics;
using SlothActors.Engine.Hosting;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Sqlite;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>What one timed in-process run measured.</summary>
internal sealed record InProcessResult(
    int Events, TimeSpan Elapsed, TimeSpan Accepted, double CpuSeconds, long BytesPerEvent, int Gen0, long Refusals,
    long Failed, long Executions, int PeakInFlight, long ClaimedByFallback, string LoadBefore, string LoadAfter)
{
    public double Rate => Events / Elapsed.TotalSeconds;

    public double CpuMicrosPerEvent => CpuSeconds * 1e6 / Events;
}

/// <summary>
/// Warms an in-process engine up, then times N events from the first accept to the last event
/// whose outcome and executions are committed.
/// </summary>
internal static class InProcessRun
{
    public static async Task<InProcessResult> RunAsync(
        IReadOnlyList<Event[]> batches, int warmup, int producers, SqliteSynchronous sync, IReadOnlyList<HookDefinition> hooks,
        EngineOptions options, CancellationToken cancellationToken, int window = 0)
    {
        var count = batches.Sum(b => b.Length);
        var batchSize = batches[0].Length;
        await using var engine = await InProcessEngine.StartAsync(sync, hooks, options, cancellationToken);

        // Warm up (JIT tiers, VM pools, SQLite page cache) outside the timed run, as a long-running node would be.
        engine.Counter.Expect(warmup);
        await Producers.SendAllAsync(engine.Host.Ingress, BenchHooks.Events(warmup, batchSize), producers, cancellationToken);
        await engine.Counter.All.WaitAsync(cancellationToken);
        engine.Counter.Reset();
        engine.Counter.Expect(count);
        var before = await engine.Host.GetStatusAsync(cancellationToken);
        var loadBefore = MachineLoad.LoadAverage();

        var allocated = GC.GetTotalAllocatedBytes();
        var gen0 = GC.CollectionCount(0);
        var cpu = MachineLoad.ProcessCpu();
        var watch = Stopwatch.StartNew();
        engine.Counter.Window = window > 0 ? new InFlightWindow(window) : null;
        var refusals = await Producers.SendAllAsync(engine.Host.Ingress, batches, producers, cancellationToken, engine.Counter.Window);
        var accepted = watch.Elapsed;
        await engine.Counter.All.WaitAsync(cancellationToken);
        watch.Stop();
        var cpuSeconds = (MachineLoad.ProcessCpu() - cpu).TotalSeconds;
        var bytes = (GC.GetTotalAllocatedBytes() - allocated) / count;
        gen0 = GC.CollectionCount(0) - gen0;
        var status = await engine.Host.GetStatusAsync(cancellationToken);
        return new InProcessResult(
            count, watch.Elapsed, accepted, cpuSeconds, bytes, gen0, refusals, engine.Counter.Failed, engine.Counter.Executions,
            status.PeakInFlight, status.ClaimedByFallback - before.ClaimedByFallback, loadBefore, MachineLoad.LoadAverage());
    }
}
