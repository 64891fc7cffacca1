using SlothActors.Journal.Cluster;

namespace SlothActors.Node.Cluster;

internal sealed partial class ClusterNode
{
    private volatile bool _leader;

    public bool IsLeader => _leader;

    /// <summary>
    /// The oldest up, reachable member takes or renews the lease; any other member that holds it
    /// gives it up. A renewal that fails or throws ends leadership at once.
    /// </summary>
    private async Task LeadAsync(ClusterSnapshot snapshot, CancellationToken cancellationToken)
    {
        var candidate = snapshot.Members
            .Where(m => m.Status == MemberStatus.Up && m.Reachable && m.UpSince is not null)
            .OrderBy(m => m.UpSince)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        var was = _leader;
        if (candidate?.Name == Self && !_gate.IsLeaving)
        {
            _leader = false;
            _leader = await _store.TryAcquireAsync(ILeaderLease.Leader, Self, _timing.LeaderLeaseTtl, cancellationToken).ConfigureAwait(false);
        }
        else if (was)
        {
            await StepDownAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_leader != was)
        {
            ClusterLog.Leadership(_log, Self, _leader);
        }

        if (_leader)
        {
            await AutoDownAsync(snapshot, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task StepDownAsync(CancellationToken cancellationToken)
    {
        _leader = false;
        await _store.ReleaseAsync(ILeaderLease.Leader, Self, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Silence is measured on the database clock, so a node with a skewed clock is judged like any other.</summary>
    private async Task AutoDownAsync(ClusterSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (_timing.AutoDownAfter is not { } delay)
        {
            return;
        }

        foreach (var member in snapshot.Members)
        {
            if (member.Name != Self && !MemberTransitions.IsTerminal(member.Status)
                && snapshot.Now - member.HeartbeatAt > _timing.UnreachableAfter + delay)
            {
                var result = await DownMemberAsync(member.Name, cancellationToken).ConfigureAwait(false);
                if (result.Outcome == ClusterCommandOutcome.Done)
                {
                    ClusterLog.AutoDowned(_log, member.Name, snapshot.Now - member.HeartbeatAt, result.Released);
                }
            }
        }
    }
}
