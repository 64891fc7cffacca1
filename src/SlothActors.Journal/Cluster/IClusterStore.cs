namespace SlothActors.Journal.Cluster;

/// <summary>Everything the cluster keeps in the shared database: membership, the leader lease and the change notices.</summary>
public interface IClusterStore : IClusterMembershipStore, ILeaderLease, IClusterSignals, IAsyncDisposable
{
}
