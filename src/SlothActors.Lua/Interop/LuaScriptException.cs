namespace SlothActors.Lua.Interop;

/// <summary>
/// A failure reported to the hook as it is, as a Lua error (prefixed with the function name):
/// the message is shown to the hook author, so it must never carry a secret.
/// </summary>
public sealed class LuaScriptException : Exception
{
    public LuaScriptException(string message)
        : base(message)
    {
    }

    public LuaScriptException()
    {
    }

    public LuaScriptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
