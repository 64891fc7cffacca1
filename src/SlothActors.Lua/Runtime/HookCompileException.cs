namespace SlothActors.Lua.Runtime;

/// <summary>The hook's text does not compile; the message is Lua's, with chunk name and line.</summary>
public sealed class HookCompileException : Exception
{
    public HookCompileException(string message)
        : base(message)
    {
    }

    public HookCompileException()
    {
    }

    public HookCompileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
