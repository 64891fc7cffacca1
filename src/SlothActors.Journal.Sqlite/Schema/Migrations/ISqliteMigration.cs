namespace SlothActors.Journal.Sqlite.Schema.Migrations;

/// <summary>One schema version. Migrations run once each, in version order, each in its own transaction.</summary>
internal interface ISqliteMigration
{
    int Version { get; }

    string Description { get; }

    IReadOnlyList<string> Statements { get; }
}
