using SlothActors.Journal.Postgres.Cluster;

namespace SlothActors.Journal.Postgres.Schema.Migrations;

internal sealed class Migration0002Cluster : IPostgresMigration
{
    public int Version => 2;

    public string Description => "cluster membership and leader lease";

    public IReadOnlyList<string> Statements => ClusterSchema.Create;
}
