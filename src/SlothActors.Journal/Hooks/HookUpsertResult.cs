namespace SlothActors.Journal.Hooks;

public enum HookUpsertResult
{
    Added,
    Updated,

    /// <summary>The stored hook already had this script and metadata; nothing was written.</summary>
    Unchanged,
}
