using System.Globalization;

namespace SlothActors.Cli.Output;

/// <summary>Times as the original document shows them: <c>2025-10-06 14:23:45</c> (UTC).</summary>
internal static class TimeText
{
    public static string Of(DateTimeOffset? time) =>
        time is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "-";

    /// <summary>The protocol's own form (<c>2025-10-06T14:23:45.123456Z</c>), for lines scripts may parse.</summary>
    public static string Iso(DateTimeOffset? time) =>
        time is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture) : "-";

    public static string Duration(long milliseconds) => $"{milliseconds}ms";
}
