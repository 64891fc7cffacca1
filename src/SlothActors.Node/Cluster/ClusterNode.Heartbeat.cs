using SlothActors.Journal.Cluster;

namespace SlothActors.Node.Cluster;

internal sealed partial class ClusterNode
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private ClusterSnapshot? _view;

    /// <summary>
    /// The heartbeat runs on its own timer and does only short statements; retention, the one
    /// long job, runs beside it. A failed tick is logged and the next one tries again.
    /// </summary>
    private async Task BeatAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_timing.HeartbeatInterval, _time);
        try
        {
            do
            {
                await TickAsync(cancellationToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            var status = await _store.HeartbeatAsync(Self, cancellationToken).ConfigureAwait(false);
            if (status is null or MemberStatus.Down or MemberStatus.Removed)
            {
                Fence(status);
                return;
            }

            SetSelfStatus(status.Value);
            if (status == MemberStatus.Leaving && !_gate.IsLeaving)
            {
                // Another node asked this one to leave: the host's stop drains and removes it.
                ClusterLog.AskedToLeave(_log, Self);
                _gate.Leave();
                _lifetime.StopApplication();
            }

            var snapshot = await RefreshAsync(cancellationToken).ConfigureAwait(false);
            await LeadAsync(snapshot, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            ClusterLog.TickFailed(_log, ex);
        }
    }

    /// <summary>Stops processing and exits: the cluster has taken this node out and may already have handed its events to others.</summary>
    private void Fence(MemberStatus? status)
    {
        var what = status is { } s ? MemberStatusNames.ToName(s) : "gone from the membership table";
        var reason = $"this node ({Self}) is {what} in the cluster, so it stopped processing; start it again to re-join";
        if (Interlocked.CompareExchange(ref _fencedReason, reason, null) is not null)
        {
            return;
        }

        SetSelfStatus(status ?? MemberStatus.Removed);
        ClusterLog.Fenced(_log, Self, what);
        _gate.Leave();
        _leader = false;
        _lifetime.StopApplication();
    }

    /// <summary>Reads the membership and tells the stream what changed since the last read.</summary>
    private async Task<ClusterSnapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var snapshot = await _store.ListAsync(_timing.UnreachableAfter, cancellationToken).ConfigureAwait(false);
            var changes = MemberChanges.Between(_view, snapshot);
            _view = snapshot;
            Changes.Publish(changes);
            return snapshot;
        }
        finally
        {
            _refreshing.Release();
        }
    }
}
