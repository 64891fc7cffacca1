namespace SlothActors.Journal.Postgres.Schema.Migrations;

internal sealed class Migration0001Initial : IPostgresMigration
{
    public int Version => 1;

    public string Description => "events, hooks, executions, state and secrets";

    public IReadOnlyList<string> Statements => PostgresSchema.Initial;
}
