namespace SlothActors.Journal.Schema;

/// <summary>
/// Columns of <c>events</c>, shared by the SQLite and PostgreSQL journals so both dialects use the same names;
/// each dialect picks its own types (SQLite stores times as Unix milliseconds, PostgreSQL as timestamptz).
/// </summary>
public static class EventColumns
{
    /// <summary>Global ordering key (SQLite's rowid, a PostgreSQL identity): "oldest first" means lowest seq first.</summary>
    public const string Seq = "seq";
    public const string Id = "id";
    public const string Type = "type";
    public const string Data = "data";
    public const string Status = "status";
    public const string Error = "error";
    public const string Timestamp = "timestamp";
    public const string CreatedAt = "created_at";
    public const string ProcessedAt = "processed_at";
    public const string Stack = "stack";
    public const string Source = "source";
    public const string Severity = "severity";
    public const string CorrelationId = "correlation_id";
    public const string CausationId = "causation_id";
    public const string Depth = "depth";

    /// <summary>A JSON array of strings in SQLite, a text[] in PostgreSQL.</summary>
    public const string Tags = "tags";
    public const string Attempts = "attempts";
    public const string NextAttemptAt = "next_attempt_at";
    public const string Owner = "owner";
    public const string Extra = "extra";

    /// <summary>The columns an <see cref="Events.Event"/> is read from, in the order the row reader expects.</summary>
    public const string Selected =
        $"{Id}, {Type}, {Data}, {Status}, {Error}, {Timestamp}, {CreatedAt}, {ProcessedAt}, {Stack}, {Source}, " +
        $"{Severity}, {CorrelationId}, {CausationId}, {Depth}, {Tags}, {Attempts}, {Extra}, {Seq}";
}
