namespace SlothActors.Journal.Postgres.Schema.Migrations;

/// <summary>
/// Drops the membership table and the leader lease of migration 2: Akka.Cluster keeps the
/// membership, its Split Brain Resolver downs dead nodes and the partitions' journal decides
/// who runs an event. Nothing else depended on them (no view, key or trigger refers to them).
/// </summary>
internal sealed class Migration0003DropMembership : IPostgresMigration
{
    public const string Members = "cluster_members";
    public const string Lease = "cluster_lease";

    public int Version => 3;

    public string Description => "drop the membership table and leader lease (Akka.Cluster keeps the membership)";

    public IReadOnlyList<string> Statements { get; } =
    [
        $"DROP TABLE IF EXISTS {Lease}",
        $"DROP TABLE IF EXISTS {Members}",
    ];
}
