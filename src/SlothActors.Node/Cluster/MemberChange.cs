using SlothActors.Journal.Cluster;

namespace SlothActors.Node.Cluster;

/// <summary>A member as it is after a change this node noticed.</summary>
/// <param name="At">When this node noticed it (database clock of the snapshot).</param>
public sealed record MemberChange(ClusterMember Member, bool Leader, DateTimeOffset At);
