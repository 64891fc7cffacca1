namespace SlothActors.Journal.Hooks;

/// <summary>A hook was added under a name that is already registered.</summary>
public sealed class DuplicateHookNameException : Exception
{
    public DuplicateHookNameException()
        : this("")
    {
    }

    public DuplicateHookNameException(string hookName)
        : base($"a hook named '{hookName}' already exists; remove it first or choose another name.")
    {
        HookName = hookName;
    }

    public DuplicateHookNameException(string hookName, Exception innerException)
        : base($"a hook named '{hookName}' already exists; remove it first or choose another name.", innerException)
    {
        HookName = hookName;
    }

    public string HookName { get; } = "";
}
