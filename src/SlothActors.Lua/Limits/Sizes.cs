using System.Globalization;

namespace SlothActors.Lua.Limits;

/// <summary>Human forms of limits used in error messages ("64 MiB", "5s", "500ms").</summary>
public static class Sizes
{
    public static string Bytes(long bytes)
    {
        const long KiB = 1024, MiB = KiB * 1024, GiB = MiB * 1024;
        return bytes switch
        {
            >= GiB when bytes % GiB == 0 => Invariant($"{bytes / GiB} GiB"),
            >= MiB when bytes % MiB == 0 => Invariant($"{bytes / MiB} MiB"),
            >= KiB when bytes % KiB == 0 => Invariant($"{bytes / KiB} KiB"),
            _ => Invariant($"{bytes} bytes"),
        };
    }

    public static string Duration(TimeSpan duration)
    {
        if (duration.Ticks % TimeSpan.TicksPerHour == 0 && duration >= TimeSpan.FromHours(1))
        {
            return Invariant($"{(long)duration.TotalHours}h");
        }

        if (duration.Ticks % TimeSpan.TicksPerMinute == 0 && duration >= TimeSpan.FromMinutes(1))
        {
            return Invariant($"{(long)duration.TotalMinutes}m");
        }

        if (duration.Ticks % TimeSpan.TicksPerSecond == 0 && duration >= TimeSpan.FromSeconds(1))
        {
            return Invariant($"{(long)duration.TotalSeconds}s");
        }

        return Invariant($"{duration.TotalMilliseconds:0.###}ms");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
