using SlothActors.Client.Resilience;

namespace SlothActors.Client.Health;

/// <param name="EventsEmitted">Events the collector stored.</param>
/// <param name="EventsFailed">Events not delivered for any reason; includes <paramref name="EventsRejected"/> and <paramref name="EventsDropped"/>.</param>
/// <param name="EventsRejected">Events not sent because the breaker was open.</param>
/// <param name="EventsDropped">Events refused because the queue was full or the hook shut down.</param>
/// <param name="RetryCount">HTTP attempts that were retries.</param>
/// <param name="QueuedEvents">Events waiting for the next batch flush.</param>
public sealed record EventHookMetrics(
    string System,
    long EventsEmitted,
    long EventsFailed,
    long EventsRejected,
    long EventsDropped,
    long RetryCount,
    int QueuedEvents,
    string? LastError,
    DateTimeOffset? LastSuccessTime,
    CircuitState CircuitBreakerState);
