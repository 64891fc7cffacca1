namespace SlothActors.Journal.Postgres.Schema.Migrations;

/// <summary>
/// The home-made membership's tables. Akka.Cluster replaced them and migration 3 drops them;
/// this one stays as it was (its DDL frozen here) so that every database walks the same versions.
/// </summary>
internal sealed class Migration0002Cluster : IPostgresMigration
{
    public int Version => 2;

    public string Description => "cluster membership and leader lease";

    public IReadOnlyList<string> Statements { get; } =
    [
        """
        CREATE TABLE cluster_members (
            name TEXT PRIMARY KEY,
            address TEXT NOT NULL,
            roles TEXT NOT NULL,
            version TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('joining', 'up', 'leaving', 'exiting', 'down', 'removed')),
            joined_at TIMESTAMPTZ NOT NULL,
            up_since TIMESTAMPTZ,
            heartbeat_at TIMESTAMPTZ NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL)
        """,
        """
        CREATE TABLE cluster_lease (
            name TEXT PRIMARY KEY,
            holder TEXT NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL)
        """,
    ];
}
