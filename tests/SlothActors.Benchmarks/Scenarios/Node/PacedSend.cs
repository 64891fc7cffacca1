using System.Diagnostics;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>What an open-loop run sent: per batch, when it was due and when its 201 came (ms on one clock).</summary>
internal sealed record PacedResult(double StartUnixMs, double[] DueMs, double[] AckedMs, TimeSpan LastFiredAt)
{
    /// <summary>Milliseconds since the Unix epoch at which batch <paramref name="index"/> was due.</summary>
    public double DueUnixMs(int index) => StartUnixMs + DueMs[index];
}

/// <summary>
/// Open-loop pacing: batch i is due at i / rate from the start and is fired then (never earlier)
/// whether or not earlier replies have come. Each latency is measured from the due time, so a
/// stalled node shows up as latency instead of as fewer sends (no coordinated omission).
/// </summary>
internal static class PacedSend
{
    /// <param name="bodyOf">The body of batch i; called on the pacing thread just before it is fired.</param>
    public static async Task<PacedResult> RunAsync(
        BatchPoster poster, Func<int, byte[]> bodyOf, int batches, double batchesPerSecond, CancellationToken cancellationToken)
    {
        var due = new double[batches];
        var acked = new double[batches];
        var sends = new Task[batches];
        var startUnixMs = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds;
        var clock = Stopwatch.StartNew();

        async Task SendAsync(int index)
        {
            await poster.PostAsync(bodyOf(index), cancellationToken);
            acked[index] = clock.Elapsed.TotalMilliseconds;
        }

        // A dedicated thread sleeps to each due time: no spinning on a machine with 2 cores.
        var lastFired = await Task.Factory.StartNew(
            () =>
            {
                for (var i = 0; i < batches && !cancellationToken.IsCancellationRequested; i++)
                {
                    due[i] = i * 1000.0 / batchesPerSecond;
                    var wait = due[i] - clock.Elapsed.TotalMilliseconds;
                    if (wait > 0)
                    {
                        Thread.Sleep(TimeSpan.FromMilliseconds(Math.Ceiling(wait)));
                    }

                    sends[i] = SendAsync(i);
                }

                return clock.Elapsed;
            },
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        await Task.WhenAll(sends.Where(s => s is not null));
        return new PacedResult(startUnixMs, due, acked, lastFired);
    }
}
