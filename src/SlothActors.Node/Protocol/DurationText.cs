using System.Globalization;

namespace SlothActors.Node.Protocol;

/// <summary>
/// Durations as <c>older_than</c> and <c>--older-than</c> take them: one or more
/// <c>NUMBER UNIT</c> parts with units <c>d</c>, <c>h</c>, <c>m</c>, <c>s</c>
/// (e.g. <c>720h</c>, <c>30d</c>, <c>1h30m</c>), at most 100 years.
/// </summary>
public static class DurationText
{
    private static readonly TimeSpan Max = TimeSpan.FromDays(36_500);

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 32)
        {
            return false;
        }

        var rest = text.Trim().AsSpan();
        while (!rest.IsEmpty)
        {
            var digits = 0;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits == 0 || digits == rest.Length
                || !long.TryParse(rest[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            var unit = rest[digits] switch
            {
                'd' => TimeSpan.FromDays(1),
                'h' => TimeSpan.FromHours(1),
                'm' => TimeSpan.FromMinutes(1),
                's' => TimeSpan.FromSeconds(1),
                _ => TimeSpan.Zero,
            };
            if (unit == TimeSpan.Zero || amount > Max.Ticks / unit.Ticks)
            {
                return false;
            }

            duration += TimeSpan.FromTicks(amount * unit.Ticks);
            if (duration > Max)
            {
                return false;
            }

            rest = rest[(digits + 1)..];
        }

        return true;
    }
}
