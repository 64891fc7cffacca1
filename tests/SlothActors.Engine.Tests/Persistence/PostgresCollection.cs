using SlothActors.PostgresTesting;

namespace SlothActors.Engine.Tests.Persistence;

/// <summary>The test classes here that need PostgreSQL share one throwaway server; each class has its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "postgres";
}
