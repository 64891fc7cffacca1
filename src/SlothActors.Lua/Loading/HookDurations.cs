using System.Globalization;
using System.Text.RegularExpressions;

namespace SlothActors.Lua.Loading;

/// <summary>Hook timeouts as written in files: <c>"500ms"</c>, <c>"5s"</c>, <c>"2m"</c>, <c>"1h"</c>, or a number of seconds.</summary>
public static partial class HookDurations
{
    public static readonly TimeSpan Max = TimeSpan.FromHours(24);

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        duration = match.Groups[2].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromSeconds(amount),
        };
        return duration > TimeSpan.Zero && duration <= Max;
    }

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
