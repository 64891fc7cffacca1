using SlothActors.Journal.Cluster;

namespace SlothActors.Node.Cluster;

/// <summary>
/// Compares two snapshots member by member. A heartbeat alone is no change; what a reader of
/// <c>cluster tail</c> cares about is: status, reachability, address, roles, version, times of
/// joining and going up, and who leads.
/// </summary>
public static class MemberChanges
{
    public static IReadOnlyList<MemberChange> Between(ClusterSnapshot? before, ClusterSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<MemberChange>();
        foreach (var member in after.Members)
        {
            var leader = member.Name == after.Leader;
            var old = before?.Find(member.Name);
            if (old is null || !SameVisible(old, member) || (old.Name == before!.Leader) != leader)
            {
                changes.Add(new MemberChange(member, leader, after.Now));
            }
        }

        return changes;
    }

    private static bool SameVisible(ClusterMember a, ClusterMember b) =>
        a.Status == b.Status && a.Reachable == b.Reachable && a.Address == b.Address && a.Version == b.Version
        && a.Roles.SequenceEqual(b.Roles) && a.JoinedAt == b.JoinedAt && a.UpSince == b.UpSince;
}
