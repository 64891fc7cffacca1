namespace SlothActors.Lua.Tests.Integration.Support;

/// <summary>
/// Runs a blocking call on a thread of its own, as the engine runs hook executions: a hook
/// blocked in http or exec then never holds one of the thread pool's few threads (2 cores), which
/// the timers and socket completions that end those calls need.
/// </summary>
public static class DedicatedThread
{
    public static Task<T> Run<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                done.SetResult(work());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "hook execution (test)",
        };
        thread.Start();
        return done.Task;
    }
}
