using SlothActors.Journal.Cluster;

namespace SlothActors.Node.Cluster;

internal sealed partial class ClusterNode
{
    public Task<ClusterSnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        _store.ListAsync(_timing.UnreachableAfter, cancellationToken);

    /// <summary>
    /// Marks the member leaving; that member's own heartbeat notices and drains it. A node asked
    /// to leave itself starts draining at once.
    /// </summary>
    public async Task<ClusterCommandResult> LeaveAsync(string? node, CancellationToken cancellationToken)
    {
        var target = node ?? Self;
        var change = await _store.ChangeStatusAsync(target, MemberStatus.Leaving, cancellationToken).ConfigureAwait(false);
        if (!change.Found)
        {
            return ClusterCommandResult.NotFound(target);
        }

        if (!change.Changed)
        {
            return change.Before == MemberStatus.Exiting
                ? ClusterCommandResult.Done(target, MemberStatus.Exiting)
                : ClusterCommandResult.Conflict(target, $"{target} is {MemberStatusNames.ToName(change.Before!.Value)}: only a joining or up member can leave");
        }

        ClusterLog.LeaveRequested(_log, target);
        if (target == Self)
        {
            _gate.Leave();
            _lifetime.StopApplication();
        }

        return ClusterCommandResult.Done(target, MemberStatus.Leaving);
    }

    public Task<ClusterCommandResult> DownAsync(string node, CancellationToken cancellationToken) =>
        node == Self
            ? Task.FromResult(ClusterCommandResult.Conflict(node, $"{node} is this node: use cluster leave to take this node out"))
            : DownMemberAsync(node, cancellationToken);

    public async Task<IReadOnlyList<ClusterCommandResult>> DownUnreachableAsync(CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var downed = new List<ClusterCommandResult>();
        foreach (var member in snapshot.Members.Where(m => !m.Reachable && m.Name != Self && !MemberTransitions.IsTerminal(m.Status)))
        {
            var result = await DownMemberAsync(member.Name, cancellationToken).ConfigureAwait(false);
            if (result.Outcome == ClusterCommandOutcome.Done)
            {
                downed.Add(result);
            }
        }

        return downed;
    }

    /// <summary>
    /// Down first, then release: once the row says down, the member fences itself at its next
    /// heartbeat, and the released events (the journal notifies) go to whoever claims first.
    /// </summary>
    private async Task<ClusterCommandResult> DownMemberAsync(string node, CancellationToken cancellationToken)
    {
        var change = await _store.ChangeStatusAsync(node, MemberStatus.Down, cancellationToken).ConfigureAwait(false);
        if (!change.Found)
        {
            return ClusterCommandResult.NotFound(node);
        }

        if (!change.Changed)
        {
            return ClusterCommandResult.Conflict(node, $"{node} is removed already: it left the cluster cleanly and holds no events");
        }

        var released = await _journal.ReleaseOwnerAsync(node, cancellationToken).ConfigureAwait(false);
        ClusterLog.Downed(_log, node, released);
        return ClusterCommandResult.Done(node, MemberStatus.Down, released);
    }
}
