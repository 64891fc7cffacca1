namespace SlothActors.Events;

/// <summary>The wire names of <see cref="EventSeverity"/>: debug, info, warning, error, critical.</summary>
public static class EventSeverityNames
{
    /// <summary>Case-insensitive; also accepts the common aliases "warn" and "fatal".</summary>
    public static bool TryParse(string? text, out EventSeverity severity)
    {
        severity = EventSeverity.Info;
        if (text is null)
        {
            return false;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case "debug":
                severity = EventSeverity.Debug;
                return true;
            case "info":
                severity = EventSeverity.Info;
                return true;
            case "warning" or "warn":
                severity = EventSeverity.Warning;
                return true;
            case "error":
                severity = EventSeverity.Error;
                return true;
            case "critical" or "fatal":
                severity = EventSeverity.Critical;
                return true;
            default:
                return false;
        }
    }

    /// <exception cref="FormatException">The text is not a severity; the message lists the valid ones.</exception>
    public static EventSeverity Parse(string? text) =>
        TryParse(text, out var severity)
            ? severity
            : throw new FormatException($"'{text}' is not a severity; use one of debug, info, warning, error, critical.");

    public static string ToName(EventSeverity severity) => severity switch
    {
        EventSeverity.Debug => "debug",
        EventSeverity.Info => "info",
        EventSeverity.Warning => "warning",
        EventSeverity.Error => "error",
        EventSeverity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "unknown severity"),
    };
}
