using System.Diagnostics;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>
/// Polls the node's <c>/metrics</c> until its finished counter (completed plus failed, both moved
/// after the recorder's commit) reaches a target. The finish time is known to within one poll interval.
/// </summary>
internal static class CompletionPoll
{
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(120);

    /// <param name="onSample">Sees every scrape, e.g. to track gauge peaks.</param>
    /// <exception cref="TimeoutException">The counter did not move for two minutes.</exception>
    public static async Task<NodeCounters> WaitAsync(
        HttpClient http, double target, TimeSpan interval, Action<NodeCounters>? onSample, CancellationToken cancellationToken)
    {
        var sinceProgress = Stopwatch.StartNew();
        var last = -1.0;
        while (true)
        {
            var counters = await NodeCounters.ScrapeAsync(http, cancellationToken);
            onSample?.Invoke(counters);
            if (counters.Finished >= target)
            {
                return counters;
            }

            if (counters.Finished != last)
            {
                last = counters.Finished;
                sinceProgress.Restart();
            }
            else if (sinceProgress.Elapsed > Stall)
            {
                throw new TimeoutException($"no event finished for {Stall.TotalSeconds:F0} s: {counters.Finished} of {target}");
            }

            await Task.Delay(interval, cancellationToken);
        }
    }
}
