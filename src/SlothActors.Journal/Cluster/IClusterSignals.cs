namespace SlothActors.Journal.Cluster;

/// <summary>Change notices between the nodes (PostgreSQL LISTEN/NOTIFY).</summary>
public interface IClusterSignals
{
    Task NotifyAsync(string channel, string payload, CancellationToken cancellationToken);

    /// <summary>
    /// Listens on every <see cref="ClusterChannels"/> channel on a connection of its own until
    /// cancelled, handing each notice to the handlers one at a time. A lost connection is
    /// re-opened with a bounded backoff, then <see cref="ClusterNotice.Reconnected"/> is handed
    /// over. Completes when cancelled.
    /// </summary>
    Task ListenAsync(ClusterListenHandlers handlers, CancellationToken cancellationToken);
}
