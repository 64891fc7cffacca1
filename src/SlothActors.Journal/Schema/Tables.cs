namespace SlothActors.Journal.Schema;

/// <summary>Table names, defined once and shared by the SQLite and PostgreSQL journals.</summary>
public static class Tables
{
    public const string Events = "events";
    public const string Hooks = "hooks";
    public const string Executions = "event_hook_executions";
    public const string State = "state";
    public const string Secrets = "secrets";
    public const string SchemaVersion = "schema_version";

    /// <summary>Every table that holds journal data (not the schema version), children first.</summary>
    public static readonly IReadOnlyList<string> Data = [Executions, Events, Hooks, State, Secrets];
}
