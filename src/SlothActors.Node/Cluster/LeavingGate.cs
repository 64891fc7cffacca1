namespace SlothActors.Node.Cluster;

/// <summary>Closed as soon as the node starts leaving the cluster (or is fenced); the API then refuses new events.</summary>
public sealed class LeavingGate
{
    private volatile bool _leaving;

    public bool IsLeaving => _leaving;

    public void Leave() => _leaving = true;
}
