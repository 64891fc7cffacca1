using SlothActors.Journal.Cluster;

namespace SlothActors.Node.Cluster;

internal sealed partial class ClusterNode
{
    private async Task OnNoticeAsync(ClusterNotice notice, CancellationToken cancellationToken)
    {
        try
        {
            switch (notice.Channel)
            {
                case ClusterChannels.Events:
                    _engine.WakeFallback();
                    break;
                case ClusterChannels.Members:
                    await RefreshAsync(cancellationToken).ConfigureAwait(false);
                    break;
                case null:
                    // Reconnected: whatever was announced meanwhile is lost, so refresh it all.
                    ClusterLog.ListenerBack(_log);
                    _engine.WakeFallback();
                    await RefreshAsync(cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    break;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            ClusterLog.NoticeFailed(_log, notice.Channel ?? "reconnect", ex);
        }
    }

    /// <summary>
    /// The first subscription starts after this node's first reads of pending work and members, so what
    /// another node announced in between was never heard: read it all once more. (After a
    /// reconnect the listener hands over <see cref="ClusterNotice.Reconnected"/>, which does the same.)
    /// </summary>
    private void OnListening()
    {
        if (Interlocked.Exchange(ref _listenedOnce, 1) == 0)
        {
            _caughtUp = CatchUpAsync(_stopping.Token);
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            _engine.WakeFallback();
            await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            ClusterLog.NoticeFailed(_log, "first subscription", ex);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the next start reads everything anyway.
        }
    }

    private void OnListenerLost(Exception exception, TimeSpan retryIn) => ClusterLog.ListenerLost(_log, retryIn, exception);
}
