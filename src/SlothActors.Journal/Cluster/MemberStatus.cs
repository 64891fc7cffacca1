namespace SlothActors.Journal.Cluster;

/// <summary>
/// Where a member is in its life: joining -> up -> leaving -> exiting -> removed for a graceful
/// leave; down when an operator or the leader took it out (it may be dead or cut off).
/// </summary>
public enum MemberStatus
{
    Joining,
    Up,
    Leaving,
    Exiting,
    Down,
    Removed,
}
