namespace SlothActors.Lua.Modules.Support;

/// <summary>Turns a module function's exception into the message the hook sees.</summary>
internal static class ModuleErrors
{
    public static string Describe(string functionName, Exception exception) => exception switch
    {
        LuaModuleException e => $"{functionName}: {e.Message}",
        OperationCanceledException => $"{functionName}: cancelled: the execution's deadline passed or the node is shutting down",
        IOException or UnauthorizedAccessException or TimeoutException => $"{functionName}: {exception.Message}",
        _ => $"{functionName}: {exception.GetType().Name}: {exception.Message}",
    };
}
