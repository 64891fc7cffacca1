using SlothActors.Benchmarks.Scenarios.Support;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>
/// How far the node's commits trail its workers. <c>processed_at</c> is stamped when a worker
/// finishes, before the recorder commits; the finished counter moves after the commit. At each
/// scrape, the counter said k events were committed; the k-th <c>processed_at</c> says when
/// the k-th event was finished by its worker. The gap between the two is the commit lag
/// (an upper bound: the scrape's own round trip is in it).
/// </summary>
internal static class CommitLag
{
    /// <param name="processedMs">The run's <c>processed_at</c> values, sorted ascending.</param>
    /// <param name="finishedBefore">The finished counter before the run (all earlier events done).</param>
    public static LatencySamples Estimate(IReadOnlyList<long> processedMs, IEnumerable<NodeSample> samples, double finishedBefore)
    {
        var lag = new LatencySamples();
        foreach (var sample in samples)
        {
            var committed = (int)(sample.Counters.Finished - finishedBefore);
            if (committed > 0 && committed <= processedMs.Count)
            {
                lag.Add(Math.Max(0, sample.UnixMs - processedMs[committed - 1]));
            }
        }

        return lag;
    }
}
