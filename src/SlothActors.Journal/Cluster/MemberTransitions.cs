namespace SlothActors.Journal.Cluster;

/// <summary>
/// Which status a member may move to from which. Down and removed are final for a running
/// process: only a new join (a restarted process) brings the name back.
/// </summary>
public static class MemberTransitions
{
    private static readonly MemberStatus[] Live = [MemberStatus.Joining, MemberStatus.Up, MemberStatus.Leaving, MemberStatus.Exiting];

    /// <summary>The statuses from which <paramref name="target"/> may be reached (a status may always be set again).</summary>
    public static IReadOnlyList<MemberStatus> AllowedFrom(MemberStatus target) => target switch
    {
        MemberStatus.Joining => [],
        MemberStatus.Up => [MemberStatus.Joining, MemberStatus.Up],
        MemberStatus.Leaving => [MemberStatus.Joining, MemberStatus.Up, MemberStatus.Leaving],
        MemberStatus.Exiting => [MemberStatus.Leaving, MemberStatus.Exiting],
        MemberStatus.Removed => [MemberStatus.Leaving, MemberStatus.Exiting, MemberStatus.Removed],
        MemberStatus.Down => [.. Live, MemberStatus.Down],
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "not a member status"),
    };

    public static bool IsAllowed(MemberStatus from, MemberStatus to) => AllowedFrom(to).Contains(from);

    /// <summary>Down and removed members take no work and hold none.</summary>
    public static bool IsTerminal(MemberStatus status) => status is MemberStatus.Down or MemberStatus.Removed;
}
