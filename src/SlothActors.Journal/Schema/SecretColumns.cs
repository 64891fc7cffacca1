namespace SlothActors.Journal.Schema;

/// <summary>Columns of <c>secrets</c>, shared by the journal dialects (primary key: scope, name). Only ciphertext is stored.</summary>
public static class SecretColumns
{
    public const string Scope = "scope";
    public const string Name = "name";
    public const string Nonce = "nonce";
    public const string Ciphertext = "ciphertext";
    public const string Tag = "tag";
    public const string UpdatedAt = "updated_at";
}
