namespace SlothActors.Lua.Interop;

/// <summary>Thrown by a <see cref="HostFunction"/> to raise a Lua error with this message.</summary>
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
