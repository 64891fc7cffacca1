namespace SlothActors.Lua.Modules.Support;

/// <summary>
/// Module functions are synchronous (they run on the VM's thread); a store call is awaited
/// here, bounded by the execution's cancellation even if the store ignores its token, and
/// not started at all once the execution is cancelled.
/// </summary>
internal static class Blocking
{
    public static T Run<T>(Func<CancellationToken, Task<T>> start, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return start(cancellation).WaitAsync(cancellation).GetAwaiter().GetResult();
    }
}
