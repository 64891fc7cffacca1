namespace SlothActors.Node.Cluster;

internal sealed partial class ClusterNode
{
    private readonly CancellationTokenSource _joined = new();
    private Task _joiningBeats = Task.CompletedTask;

    /// <summary>
    /// Between join and up the engine starts and recovers its own events, which took seconds on a
    /// loaded machine. Heartbeats go on during that time, or the leader would count the silence and
    /// auto-down a member that is only starting. Fencing and leading wait for the full loop.
    /// </summary>
    private async Task BeatWhileJoiningAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_timing.HeartbeatInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await _store.HeartbeatAsync(Self, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    ClusterLog.TickFailed(_log, ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Up (the full heartbeat takes over) or stopping.
        }
    }

    private void StartJoiningBeats()
    {
        var both = CancellationTokenSource.CreateLinkedTokenSource(_joined.Token, _stopping.Token);
        _joiningBeats = BeatWhileJoiningAsync(both.Token).ContinueWith(_ => both.Dispose(), TaskScheduler.Default);
    }

    private async Task StopJoiningBeatsAsync()
    {
        await _joined.CancelAsync().ConfigureAwait(false);
        await _joiningBeats.ConfigureAwait(false);
    }
}
