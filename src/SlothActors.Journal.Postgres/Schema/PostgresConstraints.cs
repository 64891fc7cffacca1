namespace SlothActors.Journal.Postgres.Schema;

/// <summary>Constraint names the PostgreSQL journal gives itself, so its errors can be told apart.</summary>
internal static class PostgresConstraints
{
    /// <summary>Named so a duplicate hook name can be told apart from any other unique violation.</summary>
    public const string HookName = "hooks_name_unique";
}
