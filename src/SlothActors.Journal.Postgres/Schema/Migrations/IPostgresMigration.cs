namespace SlothActors.Journal.Postgres.Schema.Migrations;

/// <summary>One schema version. Pending migrations run once each, in version order, in one transaction.</summary>
internal interface IPostgresMigration
{
    int Version { get; }

    string Description { get; }

    IReadOnlyList<string> Statements { get; }
}
