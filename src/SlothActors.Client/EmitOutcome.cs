namespace SlothActors.Client;

/// <summary>What became of one emitted event. Delivery problems are reported here, never thrown.</summary>
public enum EmitOutcome
{
    /// <summary>The collector answered 2xx for it.</summary>
    Delivered,

    /// <summary>Batching is on: the event waits in the queue for the next flush.</summary>
    Queued,

    /// <summary>Not delivered: retries ran out, or the collector refused the event (a 4xx). Logged locally.</summary>
    Failed,

    /// <summary>The circuit breaker is open: nothing was sent. Logged locally.</summary>
    CircuitOpen,

    /// <summary>The queue was full or the hook was shut down. Logged locally.</summary>
    Dropped,
}
