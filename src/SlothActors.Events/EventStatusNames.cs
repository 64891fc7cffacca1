namespace SlothActors.Events;

/// <summary>The stored and wire names of <see cref="EventStatus"/>: pending, processing, completed, failed.</summary>
public static class EventStatusNames
{
    public const string Pending = "pending";
    public const string Processing = "processing";
    public const string Completed = "completed";
    public const string Failed = "failed";

    public static string ToName(EventStatus status) => status switch
    {
        EventStatus.Pending => Pending,
        EventStatus.Processing => Processing,
        EventStatus.Completed => Completed,
        EventStatus.Failed => Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown status"),
    };

    /// <summary>Case-insensitive.</summary>
    public static bool TryParse(string? text, out EventStatus status)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case Pending:
                status = EventStatus.Pending;
                return true;
            case Processing:
                status = EventStatus.Processing;
                return true;
            case Completed:
                status = EventStatus.Completed;
                return true;
            case Failed:
                status = EventStatus.Failed;
                return true;
            default:
                status = EventStatus.Pending;
                return false;
        }
    }
}
