using SlothActors.Benchmarks.Scenarios.Support;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>What one paced phase did to the node, from its first due batch to its last event finished.</summary>
internal sealed record PhaseResult(
    int Events, double Rate, TimeSpan FiredFor, TimeSpan AllAcked, TimeSpan AllFinished, double NodeCpuMicrosPerEvent,
    NodeCounters Before, NodeCounters After, IReadOnlyList<NodeSample> Samples, long HwmKbAfter)
{
    /// <summary>From the last 201 to the last event finished: how long the backlog took to work off.</summary>
    public TimeSpan Drain => AllFinished - AllAcked;

    public double Failed => After.Failed - Before.Failed;

    public double Executions => After.Executions - Before.Executions;

    public long PeakRssKb => Samples.Count == 0 ? -1 : Samples.Max(s => s.RssKb);

    public double PeakInFlight => Samples.Count == 0 ? 0 : Samples.Max(s => s.Counters.InFlight);

    public double PeakPending => Samples.Count == 0 ? 0 : Samples.Max(s => s.Counters.Pending);
}

/// <summary>
/// Offers a rate for a time, open loop, with freshly built batches, and follows the node (RSS,
/// in-flight, pending) until every event sent has finished.
/// </summary>
internal static class PacedPhase
{
    private static readonly TimeSpan ScrapeInterval = TimeSpan.FromMilliseconds(250);

    public static async Task<PhaseResult> RunAsync(
        NodeProcess node, BatchPoster poster, double rate, double seconds, int batchSize, CancellationToken cancellationToken)
    {
        var batches = Math.Max(1, (int)Math.Ceiling(rate * seconds / batchSize));
        var count = batches * batchSize;
        var before = await NodeCounters.ScrapeAsync(poster.Http, cancellationToken);
        var cpu = node.Cpu;
        var sampler = NodeSampler.Start(node, poster.Http, ScrapeInterval, cancellationToken);

        // Built on the pacing thread as each batch falls due: a 5x run would not fit in memory pre-built.
        var paced = await PacedSend.RunAsync(
            poster, _ => BatchBodies.Of(BenchHooks.Events(batchSize, batchSize)[0]), batches, rate / batchSize, cancellationToken);
        var allAcked = TimeSpan.FromMilliseconds(paced.AckedMs.Max());
        var after = await CompletionPoll.WaitAsync(poster.Http, before.Finished + count, TimeSpan.FromMilliseconds(20), null, cancellationToken);
        var allFinished = TimeSpan.FromMilliseconds((DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds - paced.StartUnixMs);
        await sampler.StopAsync();
        return new PhaseResult(
            count, rate, paced.LastFiredAt, allAcked, allFinished, (node.Cpu - cpu).TotalMicroseconds / count,
            before, after, sampler.Samples, node.StatusKb("VmHWM"));
    }
}
