using SlothActors.Client.Resilience;

namespace SlothActors.Client.Health;

/// <summary>The ecosystem client's <c>health_check()</c>; <see cref="EventHookJson.Options"/> writes it with the same snake_case names.</summary>
public sealed record EventHookHealth(
    HookStatus Status,
    string System,
    long EventsEmitted,
    long EventsFailed,
    long RetryCount,
    string? LastError,
    DateTimeOffset? LastSuccessTime,
    CircuitState CircuitBreakerState,
    CircuitBreakerMetrics CircuitBreakerMetrics)
{
    internal static HookStatus StatusOf(CircuitBreakerMetrics breaker) => breaker switch
    {
        { State: CircuitState.Open } => HookStatus.Unavailable,
        { State: CircuitState.HalfOpen } or { FailureCount: > 0 } => HookStatus.Degraded,
        _ => HookStatus.Healthy,
    };
}
