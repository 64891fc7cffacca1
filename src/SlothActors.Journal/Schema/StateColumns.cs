namespace SlothActors.Journal.Schema;

/// <summary>Columns of <c>state</c>, shared by the journal dialects (primary key: scope, key).</summary>
public static class StateColumns
{
    public const string Scope = "scope";
    public const string Key = "key";

    /// <summary>The text of one JSON value.</summary>
    public const string Value = "value";

    /// <summary>Null never expires. An expired row reads as absent.</summary>
    public const string ExpiresAt = "expires_at";
    public const string UpdatedAt = "updated_at";
}
