using SlothActors.Journal.Cluster;

namespace SlothActors.Journal.Postgres.Cluster;

/// <summary>The membership and lease tables: names defined once, and the DDL of migration 2.</summary>
internal static class ClusterSchema
{
    public const string Members = "cluster_members";
    public const string Lease = "cluster_lease";

    public const string Name = "name";
    public const string Address = "address";

    /// <summary>Comma-joined; the role grammar has no comma.</summary>
    public const string Roles = "roles";
    public const string Version = "version";
    public const string Status = "status";
    public const string JoinedAt = "joined_at";
    public const string UpSince = "up_since";
    public const string HeartbeatAt = "heartbeat_at";
    public const string UpdatedAt = "updated_at";

    public const string Holder = "holder";
    public const string ExpiresAt = "expires_at";

    public const string MemberSelected = $"{Name}, {Address}, {Roles}, {Version}, {Status}, {JoinedAt}, {UpSince}, {HeartbeatAt}, {UpdatedAt}";

    private const string Statuses =
        $"'{MemberStatusNames.Joining}', '{MemberStatusNames.Up}', '{MemberStatusNames.Leaving}', " +
        $"'{MemberStatusNames.Exiting}', '{MemberStatusNames.Down}', '{MemberStatusNames.Removed}'";

    public static readonly IReadOnlyList<string> Create =
    [
        $"""
        CREATE TABLE {Members} (
            {Name} TEXT PRIMARY KEY,
            {Address} TEXT NOT NULL,
            {Roles} TEXT NOT NULL,
            {Version} TEXT NOT NULL,
            {Status} TEXT NOT NULL CHECK ({Status} IN ({Statuses})),
            {JoinedAt} TIMESTAMPTZ NOT NULL,
            {UpSince} TIMESTAMPTZ,
            {HeartbeatAt} TIMESTAMPTZ NOT NULL,
            {UpdatedAt} TIMESTAMPTZ NOT NULL)
        """,
        $"""
        CREATE TABLE {Lease} (
            {Name} TEXT PRIMARY KEY,
            {Holder} TEXT NOT NULL,
            {ExpiresAt} TIMESTAMPTZ NOT NULL)
        """,
    ];
}
