namespace SlothActors.Lua.Interop;

/// <summary>Turns a module function's exception into the message the hook sees.</summary>
internal static class ModuleErrors
{
    public static string Describe(string? functionName, Exception exception)
    {
        var message = exception switch
        {
            LuaScriptException or IOException or UnauthorizedAccessException or TimeoutException => exception.Message,
            OperationCanceledException => "cancelled: the execution's deadline passed or the node is shutting down",
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
        return functionName is null ? message : $"{functionName}: {message}";
    }
}
