namespace SlothActors.Lua.Modules.Support;

/// <summary>
/// A failure a module reports to the hook as it is: the message is shown to the hook author
/// (prefixed with the function name), so it must never carry a secret.
/// </summary>
public sealed class LuaModuleException : Exception
{
    public LuaModuleException(string message)
        : base(message)
    {
    }

    public LuaModuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LuaModuleException()
    {
    }
}
