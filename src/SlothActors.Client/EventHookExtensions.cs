namespace SlothActors.Client;

public static class EventHookExtensions
{
    // Enough to overlap round trips without opening a connection per event.
    private const int MaxParallelEmits = 8;

    /// <summary>
    /// The ecosystem's <c>emit_multiple_events</c>: emits every event in parallel under one
    /// correlation id (when null: the ambient one, else a new one) and returns their outcomes in order.
    /// </summary>
    public static async Task<IReadOnlyList<EmitOutcome>> EmitManyAsync(
        this IEventHook hook, IReadOnlyList<EventSpec> events, string? correlationId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hook);
        ArgumentNullException.ThrowIfNull(events);
        var correlation = correlationId ?? Correlation.EventCorrelation.Current ?? Correlation.EventCorrelation.NewId();
        var outcomes = new EmitOutcome[events.Count];
        await Parallel.ForAsync(
            0,
            events.Count,
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelEmits, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var spec = events[index];
                outcomes[index] = await hook.EmitAsync(spec.EventType, spec.Severity, spec.Data, correlation, cancellationToken: token).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return outcomes;
    }
}
