namespace SlothActors.Client.Health;

public enum HookStatus
{
    Healthy,

    /// <summary>The breaker is half-open, or the last request(s) failed without a success since.</summary>
    Degraded,

    /// <summary>The breaker is open: events are logged locally, not sent.</summary>
    Unavailable,
}
