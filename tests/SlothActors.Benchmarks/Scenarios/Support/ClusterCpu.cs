using System.Globalization;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>
/// CPU time of other processes from /proc: the node processes, and the PostgreSQL server as a
/// whole (the postmaster, its live backends, and the backends that already exited, which the
/// kernel adds to the postmaster's children time).
/// </summary>
internal static class ClusterCpu
{
    // USER_HZ: the unit of /proc/PID/stat times; 100 on every Linux this runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan OfProcess(int pid) => Ticks(Stat(pid), children: false);

    /// <param name="postmasterPid">The first line of the data dir's <c>postmaster.pid</c>.</param>
    public static TimeSpan OfServer(int postmasterPid)
    {
        var total = Ticks(Stat(postmasterPid), children: true);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Stat(pid) is { Length: > 16 } stat && stat[3] == postmasterPid.ToString(CultureInfo.InvariantCulture))
            {
                total += Ticks(stat, children: false);
            }
        }

        return total;
    }

    public static int PostmasterPid(string dataDirectory) =>
        int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    // Split after the ")" that closes the command name (which may hold spaces), then shifted by two
    // so index = proc(5)'s field number - 1: ppid [3], utime [13], stime [14], cutime [15], cstime [16].
    private static string[] Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var afterName = text[(text.LastIndexOf(')') + 2)..];
            return ["", "", .. afterName.Split(' ')];
        }
        catch (IOException)
        {
            return []; // The process ended between listing and reading.
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static TimeSpan Ticks(string[] stat, bool children)
    {
        if (stat.Length < 17)
        {
            return TimeSpan.Zero;
        }

        var ticks = long.Parse(stat[13], CultureInfo.InvariantCulture) + long.Parse(stat[14], CultureInfo.InvariantCulture);
        if (children)
        {
            ticks += long.Parse(stat[15], CultureInfo.InvariantCulture) + long.Parse(stat[16], CultureInfo.InvariantCulture);
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
