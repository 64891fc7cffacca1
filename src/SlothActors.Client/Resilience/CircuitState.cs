namespace SlothActors.Client.Resilience;

/// <summary>Read on the wire and in health as <c>closed</c>, <c>open</c>, <c>half_open</c>.</summary>
public enum CircuitState
{
    /// <summary>Requests flow; consecutive failures are counted.</summary>
    Closed,

    /// <summary>Nothing is sent until the recovery time has passed.</summary>
    Open,

    /// <summary>Recovery time passed: the next request is the one trial; the rest wait for its verdict.</summary>
    HalfOpen,
}
