using SlothActors.Events;

namespace SlothActors.Node.Protocol;

/// <summary>The wire names of <see cref="EventStatus"/>.</summary>
public static class StatusNames
{
    public static string Of(EventStatus status) => status switch
    {
        EventStatus.Pending => "pending",
        EventStatus.Processing => "processing",
        EventStatus.Completed => "completed",
        EventStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParse(string text, out EventStatus status)
    {
        foreach (var candidate in Enum.GetValues<EventStatus>())
        {
            if (string.Equals(text, Of(candidate), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = EventStatus.Pending;
        return false;
    }
}
