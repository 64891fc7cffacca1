namespace SlothActors.Journal.Sqlite.Schema;

/// <summary>Table names, defined once.</summary>
internal static class Tables
{
    public const string Events = "events";
    public const string Hooks = "hooks";
    public const string Executions = "event_hook_executions";
    public const string State = "state";
    public const string Secrets = "secrets";
    public const string SchemaVersion = "schema_version";
}
