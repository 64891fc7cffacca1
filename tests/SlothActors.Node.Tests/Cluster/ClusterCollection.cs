using SlothActors.PostgresTesting;

namespace SlothActors.Node.Tests.Cluster;

/// <summary>The cluster tests share one throwaway PostgreSQL server; each test makes a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "cluster";
}
