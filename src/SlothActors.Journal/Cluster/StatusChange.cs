namespace SlothActors.Journal.Cluster;

/// <summary>The outcome of asking a member to move to a status.</summary>
/// <param name="Before">The status it had; null when no member has that name.</param>
/// <param name="Changed">It moved (false when the transition is not allowed from <paramref name="Before"/>).</param>
public sealed record StatusChange(MemberStatus? Before, bool Changed)
{
    public static readonly StatusChange NotFound = new(null, false);

    public bool Found => Before is not null;
}
