namespace SlothActors.Journal.Cluster;

/// <summary>
/// A named lease row with an expiry (database clock): at most one holder at a time, so the
/// cluster singletons run on one node. Renew well within the TTL (it must exceed twice the
/// renew interval, so one late renewal does not lose it) and step down as soon as a renewal fails.
/// </summary>
public interface ILeaderLease
{
    /// <summary>The lease the cluster singletons run under; its holder is the leader.</summary>
    const string Leader = "leader";

    /// <summary>Takes the lease if it is free or expired, or extends it if <paramref name="holder"/> holds it.</summary>
    /// <returns>True when <paramref name="holder"/> holds the lease for <paramref name="ttl"/> from now.</returns>
    Task<bool> TryAcquireAsync(string lease, string holder, TimeSpan ttl, CancellationToken cancellationToken);

    /// <summary>Gives the lease up if <paramref name="holder"/> holds it, so another node takes over without waiting for the TTL.</summary>
    Task ReleaseAsync(string lease, string holder, CancellationToken cancellationToken);
}
