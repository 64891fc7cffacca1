using System.Diagnostics;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>One scrape of the node: when its reply came (Unix ms), its counters and its resident memory.</summary>
internal sealed record NodeSample(double UnixMs, NodeCounters Counters, long RssKb);

/// <summary>
/// Scrapes a node's <c>/metrics</c> and its VmRSS at a fixed interval in the background, so a
/// scenario can report peaks (in-flight, pending, RSS) and how completions followed over time.
/// </summary>
internal sealed class NodeSampler
{
    private readonly List<NodeSample> _samples = [];
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    private NodeSampler(NodeProcess node, HttpClient http, TimeSpan interval, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = Task.Run(() => LoopAsync(node, http, interval, _stop.Token), cancellationToken);
    }

    public IReadOnlyList<NodeSample> Samples => _samples;

    public static NodeSampler Start(NodeProcess node, HttpClient http, TimeSpan interval, CancellationToken cancellationToken) =>
        new(node, http, interval, cancellationToken);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // The loop ends by cancellation.
        }

        _stop.Dispose();
    }

    private async Task LoopAsync(NodeProcess node, HttpClient http, TimeSpan interval, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            var counters = await NodeCounters.ScrapeAsync(http, cancellationToken);
            var now = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds;
            _samples.Add(new NodeSample(now, counters, node.StatusKb("VmRSS")));
            var wait = interval - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
        }
    }
}
