namespace SlothActors.Journal.Sqlite.Schema.Migrations;

internal sealed class Migration0001Initial : ISqliteMigration
{
    public int Version => 1;

    public string Description => "events, hooks, executions, state and secrets";

    public IReadOnlyList<string> Statements => SqliteSchema.Initial;
}
