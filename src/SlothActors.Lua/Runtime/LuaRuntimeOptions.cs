namespace SlothActors.Lua.Runtime;

/// <summary>Limits and switches of the hook runtime; bound from the <c>lua</c> configuration section.</summary>
public sealed record LuaRuntimeOptions
{
    /// <summary>Memory cap of one Lua VM, in bytes.</summary>
    public long MemoryLimitBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Lua VM instructions one execution may run before it is stopped.</summary>
    public long InstructionBudget { get; init; } = 100_000_000;

    /// <summary>
    /// Warm VMs kept per hook version: as many as the engine's default hook threads, so a hook that
    /// waits on I/O (http, exec, state on PostgreSQL) can use every thread; with fewer, runs of one
    /// busy hook queued for a VM until their timeout. VMs are created only when that many run at once.
    /// </summary>
    public int VmsPerHook { get; init; } = Math.Max(32, Environment.ProcessorCount * 4);

    /// <summary>Folders the <c>file</c>/<c>file_ops</c> modules may touch; empty means the system temp dir only (the node passes its data dir and the temp dir).</summary>
    public IReadOnlyList<string> FileRoots { get; init; } = [];

    /// <summary>When false, <c>exec.run</c> fails with a clear error instead of starting a process.</summary>
    public bool ExecEnabled { get; init; } = true;

    /// <summary>Longest chain of hook-dispatched events (<c>event.dispatch</c> from a hook of a dispatched event...).</summary>
    public int MaxEventDepth { get; init; } = 8;

    /// <summary>Captured output (print, log) kept per execution; the rest is cut with a note.</summary>
    public int MaxOutputBytes { get; init; } = 64 * 1024;
}
