namespace SlothActors.Lua.Tests.Modules.Support;

/// <summary>
/// Module calls block their thread, as they do on the engine's execution threads. Tests that
/// block (on xunit's pool threads, or waiting for dedicated ones) would otherwise leave the pool
/// of a 2-core machine without threads for the timers and I/O completions that end those very
/// calls, so every fixture that runs module calls first ensures the pool has headroom.
/// </summary>
internal static class ThreadPoolHeadroom
{
    private const int MinThreads = 32;

    public static void Ensure()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        if (workers < MinThreads || io < MinThreads)
        {
            ThreadPool.SetMinThreads(Math.Max(workers, MinThreads), Math.Max(io, MinThreads));
        }
    }
}
