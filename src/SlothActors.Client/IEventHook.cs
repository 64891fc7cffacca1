using SlothActors.Client.Health;

namespace SlothActors.Client;

/// <summary>
/// Sends events of one source system to a collector (a SlothActors node). Delivery failures never
/// throw: they come back as an <see cref="EmitOutcome"/>, are logged and counted. Disposing flushes.
/// </summary>
public interface IEventHook : IAsyncDisposable
{
    /// <summary>The <c>source_system</c> stamped on every event.</summary>
    string SourceSystem { get; }

    /// <param name="correlationId">When null: the ambient <see cref="Correlation.EventCorrelation"/> scope, else the current Activity's trace id.</param>
    /// <param name="maxRetries">Overrides <see cref="EventHookOptions.MaxRetries"/> for this call (0 to 10).</param>
    /// <exception cref="ArgumentException">The type, tags or correlation id break the protocol's rules.</exception>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    Task<EmitOutcome> EmitAsync(
        string eventType,
        Severity severity = Severity.Info,
        IReadOnlyDictionary<string, object?>? data = null,
        string? correlationId = null,
        IReadOnlyList<string>? tags = null,
        int? maxRetries = null,
        CancellationToken cancellationToken = default);

    /// <summary>The spec's health view: status, counters and the breaker's state.</summary>
    Task<EventHookHealth> HealthCheckAsync(CancellationToken cancellationToken = default);

    /// <summary>A snapshot of every counter, taken without waiting.</summary>
    EventHookMetrics GetMetrics();

    /// <summary>Stops accepting events and flushes the queue. A cancelled token drops (and logs) what is still unsent.</summary>
    Task ShutdownAsync(CancellationToken cancellationToken = default);
}
