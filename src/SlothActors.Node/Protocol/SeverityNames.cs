using SlothActors.Events;

namespace SlothActors.Node.Protocol;

/// <summary>The protocol's lower-case severity names.</summary>
public static class SeverityNames
{
    public static bool TryParse(string text, out EventSeverity severity)
    {
        foreach (var candidate in Enum.GetValues<EventSeverity>())
        {
            if (string.Equals(text, Of(candidate), StringComparison.OrdinalIgnoreCase))
            {
                severity = candidate;
                return true;
            }
        }

        severity = EventSeverity.Info;
        return false;
    }

    public static string Of(EventSeverity severity) => severity switch
    {
        EventSeverity.Debug => "debug",
        EventSeverity.Info => "info",
        EventSeverity.Warning => "warning",
        EventSeverity.Error => "error",
        EventSeverity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };
}
