namespace SlothActors.Journal.Cluster;

/// <summary>The lower-case names stored in <c>cluster_members.status</c> and shown by the API.</summary>
public static class MemberStatusNames
{
    public const string Joining = "joining";
    public const string Up = "up";
    public const string Leaving = "leaving";
    public const string Exiting = "exiting";
    public const string Down = "down";
    public const string Removed = "removed";

    public static string ToName(MemberStatus status) => status switch
    {
        MemberStatus.Joining => Joining,
        MemberStatus.Up => Up,
        MemberStatus.Leaving => Leaving,
        MemberStatus.Exiting => Exiting,
        MemberStatus.Down => Down,
        MemberStatus.Removed => Removed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a member status"),
    };

    /// <exception cref="FormatException">Not a status name.</exception>
    public static MemberStatus Parse(string name) => name switch
    {
        Joining => MemberStatus.Joining,
        Up => MemberStatus.Up,
        Leaving => MemberStatus.Leaving,
        Exiting => MemberStatus.Exiting,
        Down => MemberStatus.Down,
        Removed => MemberStatus.Removed,
        _ => throw new FormatException($"'{name}' is not a member status"),
    };
}
