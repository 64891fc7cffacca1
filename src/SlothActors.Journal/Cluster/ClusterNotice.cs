namespace SlothActors.Journal.Cluster;

/// <summary>A notification received on one of the <see cref="ClusterChannels"/>.</summary>
/// <param name="Channel">The channel, or null for <see cref="Reconnected"/>.</param>
public sealed record ClusterNotice(string? Channel, string Payload)
{
    /// <summary>
    /// The listener lost its connection and listens again: notifications sent meanwhile are lost,
    /// so whoever caches anything refreshes it all.
    /// </summary>
    public static readonly ClusterNotice Reconnected = new(null, string.Empty);

    public bool IsReconnect => Channel is null;
}
