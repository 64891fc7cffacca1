using System.Globalization;

namespace SlothActors.Cli.Output;

/// <summary>Times as the original document shows them: <c>2025-10-06 14:23:45</c> (UTC).</summary>
internal static class TimeText
{
    public static string Of(DateTimeOffset? time) =>
        time is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "-";

    public static string Duration(long milliseconds) => $"{milliseconds}ms";
}
