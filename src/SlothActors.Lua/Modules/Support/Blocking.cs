namespace SlothActors.Lua.Modules.Support;

/// <summary>
/// Module functions are synchronous (they run on the VM's thread); a store call is awaited
/// here, bounded by the execution's cancellation even if the store ignores its token.
/// </summary>
internal static class Blocking
{
    public static T Wait<T>(Task<T> task, CancellationToken cancellation) =>
        task.WaitAsync(cancellation).GetAwaiter().GetResult();

    public static void Wait(Task task, CancellationToken cancellation) =>
        task.WaitAsync(cancellation).GetAwaiter().GetResult();
}
