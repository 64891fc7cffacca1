namespace SlothActors.Events;

/// <summary>
/// Lifecycle of an event: <c>Pending -> Processing -> Completed | Failed</c>.
/// A crash or shutdown may return a <c>Processing</c> event to <c>Pending</c> (at-least-once).
/// </summary>
public enum EventStatus
{
    Pending,
    Processing,
    Completed,
    Failed,
}
