namespace SlothActors.Journal.Postgres.Schema;

/// <summary>Columns of <c>schema_version</c>: one row per applied migration.</summary>
internal static class SchemaVersionColumns
{
    public const string Version = "version";
    public const string Description = "description";
    public const string AppliedAt = "applied_at";
}
