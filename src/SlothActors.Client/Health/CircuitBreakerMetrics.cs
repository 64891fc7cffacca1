using SlothActors.Client.Resilience;

namespace SlothActors.Client.Health;

/// <param name="FailureCount">Consecutive failed requests since the last success.</param>
/// <param name="SuccessCount">Successful requests since the hook was created.</param>
public sealed record CircuitBreakerMetrics(
    CircuitState State,
    int FailureCount,
    long SuccessCount,
    int FailureThreshold,
    TimeSpan RecoveryTimeout);
