namespace SlothActors.Events;

/// <summary>Ordered: a stream filter on a severity means "this level or higher".</summary>
public enum EventSeverity
{
    Debug,
    Info,
    Warning,
    Error,
    Critical,
}
