namespace SlothActors.Journal.Postgres.Schema;

/// <summary>Table names, defined once; the same names as the SQLite journal.</summary>
internal static class Tables
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
