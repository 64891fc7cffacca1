using System.Threading.Channels;
using SlothActors.Journal.Cluster;

namespace SlothActors.Journal.Postgres.Tests.Cluster;

/// <summary>Runs a listener and collects what it hears; waits are on the notices, with a deadline.</summary>
internal sealed class NoticeProbe : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);
    private readonly Channel<ClusterNotice> _notices = Channel.CreateUnbounded<ClusterNotice>();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _run;
    private int _subscriptions;

    public NoticeProbe(IClusterSignals signals) =>
        _run = signals.ListenAsync(
            new ClusterListenHandlers(
                (notice, _) => _notices.Writer.WriteAsync(notice).AsTask(),
                () =>
                {
                    Interlocked.Increment(ref _subscriptions);
                    _listening.TrySetResult();
                }),
            _stop.Token);

    public int Subscriptions => Volatile.Read(ref _subscriptions);

    public Task Listening => _listening.Task.WaitAsync(Deadline);

    /// <summary>The first notice that matches; the ones before it are dropped.</summary>
    public async Task<ClusterNotice> ExpectAsync(Func<ClusterNotice, bool> match, string because)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            while (true)
            {
                var notice = await _notices.Reader.ReadAsync(deadline.Token);
                if (match(notice))
                {
                    return notice;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no notice within {Deadline.TotalSeconds} s: {because}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run.WaitAsync(Deadline);
        _stop.Dispose();
    }
}
