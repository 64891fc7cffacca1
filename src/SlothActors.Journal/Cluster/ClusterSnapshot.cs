namespace SlothActors.Journal.Cluster;

/// <summary>The membership as one query saw it.</summary>
/// <param name="Members">Ordered by joined-at, then name.</param>
/// <param name="Leader">The holder of an unexpired leader lease, if any.</param>
/// <param name="Now">The database clock at the query: compare member times with this, never with the local clock.</param>
public sealed record ClusterSnapshot(IReadOnlyList<ClusterMember> Members, string? Leader, DateTimeOffset Now)
{
    public ClusterMember? Find(string name) => Members.FirstOrDefault(m => m.Name == name);
}
