namespace SlothActors.Lua.Tests.Modules.Support;

/// <summary>Whether a process still runs, read from /proc.</summary>
internal static class ProcessProbe
{
    // A zombie (exited, not yet reaped) counts as gone: it runs no code.
    public static bool IsAlive(int pid)
    {
        var status = $"/proc/{pid}/status";
        return System.IO.File.Exists(status) && !System.IO.File.ReadAllText(status).Contains("State:\tZ", StringComparison.Ordinal);
    }
}
