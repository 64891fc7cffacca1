using SlothActors.PostgresTesting;

namespace SlothActors.Journal.Postgres.Tests;

/// <summary>Every test class here shares one throwaway server; each class has its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "postgres";
}
