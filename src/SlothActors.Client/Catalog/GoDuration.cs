using System.Globalization;
using System.Text;

namespace SlothActors.Client.Catalog;

/// <summary>Durations as the catalog writes them (<c>2m30s</c>, <c>1h0m5s</c>, <c>450ms</c>), so hooks written for the original read them unchanged.</summary>
internal static class GoDuration
{
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.FromSeconds(1))
        {
            return ((long)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        }

        var text = new StringBuilder();
        if (duration.TotalHours >= 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(long)duration.TotalHours}h");
        }

        if (duration.TotalMinutes >= 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"{duration.Minutes}m");
        }

        text.Append(CultureInfo.InvariantCulture, $"{duration.Seconds}s");
        return text.ToString();
    }
}
