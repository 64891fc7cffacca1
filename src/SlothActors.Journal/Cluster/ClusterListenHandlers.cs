namespace SlothActors.Journal.Cluster;

/// <summary>What a cluster listener calls.</summary>
/// <param name="OnNotice">Handles one notice; it must not throw (log and carry on instead).</param>
/// <param name="Listening">Called each time the listener is subscribed again, after a (re)connect.</param>
/// <param name="ConnectionLost">Called with the failure and the delay before the next attempt.</param>
public sealed record ClusterListenHandlers(
    Func<ClusterNotice, CancellationToken, Task> OnNotice,
    Action? Listening = null,
    Action<Exception, TimeSpan>? ConnectionLost = null);
