using System.Runtime.InteropServices;

namespace SlothActors.Integration.Tests.Processes;

/// <summary>POSIX signals: .NET's Process.Kill only sends SIGKILL, and a graceful stop needs SIGTERM.</summary>
internal static class Signals
{
    public const int Term = 15;

    /// <summary>SIGSTOP (Linux): the process freezes, as under a long pause or a cut network.</summary>
    public const int Stop = 19;

    /// <summary>SIGCONT (Linux).</summary>
    public const int Continue = 18;

    public static void Send(int pid, int signal)
    {
        if (NativeMethods.Kill(pid, signal) != 0)
        {
            throw new InvalidOperationException($"kill({pid}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}");
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        public static extern int Kill(int pid, int signal);
    }
}
