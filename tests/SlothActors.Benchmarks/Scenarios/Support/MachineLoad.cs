using System.Diagnostics;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>
/// What the machine was doing during a run: the load average and this process's CPU time. On a
/// shared machine wall-clock rates swing with the neighbours; work per CPU-second is steadier.
/// </summary>
internal static class MachineLoad
{
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>A field of /proc/PID/status in kB (VmRSS, VmHWM), or -1 where there is no procfs.</summary>
    public static long StatusKb(int pid, string field)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return -1;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }
}
