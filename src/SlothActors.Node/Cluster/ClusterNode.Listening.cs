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
                case ClusterChannels.Hooks:
                    await _hooks.RefreshAsync(cancellationToken).ConfigureAwait(false);
                    break;
                case ClusterChannels.Events:
                    _engine.WakeFallback();
                    break;
                case ClusterChannels.Members:
                    await RefreshAsync(cancellationToken).ConfigureAwait(false);
                    break;
                case null:
                    // Reconnected: whatever was announced meanwhile is lost, so refresh it all.
                    ClusterLog.ListenerBack(_log);
                    await _hooks.RefreshAsync(cancellationToken).ConfigureAwait(false);
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

    private void OnListenerLost(Exception exception, TimeSpan retryIn) => ClusterLog.ListenerLost(_log, retryIn, exception);
}
