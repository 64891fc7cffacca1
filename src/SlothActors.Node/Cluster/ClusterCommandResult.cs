using SlothActors.Journal.Cluster;

namespace SlothActors.Node.Cluster;

public enum ClusterCommandOutcome
{
    Done,
    NotFound,
    Conflict,
}

/// <summary>What a leave or down did: the member's status afterwards and how many of its events went back to pending.</summary>
public sealed record ClusterCommandResult(ClusterCommandOutcome Outcome, string Node, MemberStatus? Status, int Released, string? Reason)
{
    public static ClusterCommandResult Done(string node, MemberStatus status, int released = 0) => new(ClusterCommandOutcome.Done, node, status, released, null);

    public static ClusterCommandResult NotFound(string node) =>
        new(ClusterCommandOutcome.NotFound, node, null, 0, $"no cluster member is named '{node}'; sloth cluster show lists them");

    public static ClusterCommandResult Conflict(string node, string reason) => new(ClusterCommandOutcome.Conflict, node, null, 0, reason);
}
