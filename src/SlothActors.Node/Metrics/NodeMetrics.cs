using SlothActors.Events.Naming;

namespace SlothActors.Node.Metrics;

/// <summary>The node's metrics, declared once; served at <c>/metrics</c>.</summary>
public sealed class NodeMetrics
{
    /// <summary>Events per journal write: 1 means no group commit happened, the cap means it is saturated.</summary>
    public static readonly double[] BatchSizeBuckets = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

    public static readonly double[] HookDurationBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    public NodeMetrics()
        : this(new MetricsRegistry())
    {
    }

    public NodeMetrics(MetricsRegistry registry)
    {
        Registry = registry;
        EventsAccepted = registry.Counter(
            "sloth_events_accepted_total", "Events made durable in the journal, by type category.", "category");
        EventsCompleted = registry.Counter(
            "sloth_events_completed_total", "Events whose hooks all succeeded, by type category.", "category");
        EventsFailed = registry.Counter(
            "sloth_events_failed_total", "Events with at least one failed hook, by type category.", "category");
        HookExecutions = registry.Counter(
            "sloth_hook_executions_total", "Hook executions by hook name and result (success or failure).", "hook", "result");
        EventsInFlight = registry.Gauge(
            "sloth_events_in_flight", "Events routed to workers and not yet finished.").WithLabels();
        EventsPending = registry.Gauge(
            "sloth_events_pending", "Events waiting in the journal for a worker (the backlog).").WithLabels();
        ActiveWebSockets = registry.Gauge(
            "sloth_websockets_active", "Open /events/stream WebSocket connections.").WithLabels();
        JournalBatchSize = registry.Histogram(
            "sloth_journal_batch_size", "Events written per journal transaction (group commit).", BatchSizeBuckets).WithLabels();
        HookDuration = registry.Histogram(
            "sloth_hook_duration_seconds", "Wall-clock time of one hook execution.", HookDurationBuckets).WithLabels();
    }

    public MetricsRegistry Registry { get; }

    public CounterFamily EventsAccepted { get; }

    public CounterFamily EventsCompleted { get; }

    public CounterFamily EventsFailed { get; }

    public CounterFamily HookExecutions { get; }

    public Gauge EventsInFlight { get; }

    public Gauge EventsPending { get; }

    public Gauge ActiveWebSockets { get; }

    public Histogram JournalBatchSize { get; }

    public Histogram HookDuration { get; }

    /// <summary>Events that reached a final status, for <c>/health</c>'s <c>events_processed</c>.</summary>
    public long EventsProcessed => EventsCompleted.Total + EventsFailed.Total;

    public void Accepted(string eventType) => EventsAccepted.WithLabels(EventTypeName.CategoryOf(eventType)).Inc();

    public void Completed(string eventType) => EventsCompleted.WithLabels(EventTypeName.CategoryOf(eventType)).Inc();

    public void Failed(string eventType) => EventsFailed.WithLabels(EventTypeName.CategoryOf(eventType)).Inc();

    public void HookRan(string hookName, bool success, TimeSpan duration)
    {
        HookExecutions.WithLabels(hookName, success ? "success" : "failure").Inc();
        HookDuration.Observe(duration.TotalSeconds);
    }
}
