namespace SlothActors.Node.Cluster;

/// <summary>
/// Closed as soon as the node's coordinated shutdown starts (SIGTERM, <c>cluster leave</c>, a
/// down); the API then refuses new events with 503 while the in-flight ones drain.
/// </summary>
public sealed class LeavingGate
{
    private volatile bool _leaving;

    public bool IsLeaving => _leaving;

    public void Leave() => _leaving = true;
}
