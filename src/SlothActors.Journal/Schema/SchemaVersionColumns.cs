namespace SlothActors.Journal.Schema;

/// <summary>Columns of <c>schema_version</c>, shared by the journal dialects: one row per applied migration.</summary>
public static class SchemaVersionColumns
{
    public const string Version = "version";
    public const string Description = "description";
    public const string AppliedAt = "applied_at";
}
