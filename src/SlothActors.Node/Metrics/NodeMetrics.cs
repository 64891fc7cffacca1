using Prometheus;
using SlothActors.Events.Naming;

namespace SlothActors.Node.Metrics;

/// <summary>
/// The node's metrics, declared once in a prometheus-net registry this node owns (not the
/// static default one), so two nodes in one process never share a series. Served at <c>/metrics</c>.
/// </summary>
public sealed class NodeMetrics
{
    /// <summary>Cap on distinct values of a client-chosen label (event type, type category, hook name).</summary>
    public const int MaxLabelValues = 1000;

    /// <summary>The one partition of today's engine (one dispatcher); the label is there for when there are more.</summary>
    public const string SinglePartition = "0";

    /// <summary>Events per journal write: 1 means no group commit happened, the cap means it is saturated.</summary>
    public static readonly double[] BatchSizeBuckets = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

    public static readonly double[] HookDurationBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    /// <summary>From milliseconds (a group commit) to the minutes a long hook chain may take.</summary>
    public static readonly double[] LatencyBuckets =
        [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

    private readonly LabelCap _categories = new(MaxLabelValues);
    private readonly LabelCap _types = new(MaxLabelValues);
    private readonly LabelCap _hooks = new(MaxLabelValues);
    private long _processed;

    public NodeMetrics()
        : this(Prometheus.Metrics.NewCustomRegistry())
    {
    }

    public NodeMetrics(CollectorRegistry registry)
    {
        Registry = registry;
        var factory = Prometheus.Metrics.WithCustomRegistry(registry);
        EventsAccepted = factory.CreateCounter(
            "sloth_events_accepted_total", "Events made durable in the journal, by type (and its category).", "category", "type");
        EventsCompleted = factory.CreateCounter(
            "sloth_events_completed_total", "Events whose hooks all succeeded, by type (and its category).", "category", "type");
        EventsFailed = factory.CreateCounter(
            "sloth_events_failed_total", "Events with at least one failed hook, by type (and its category).", "category", "type");
        HookExecutions = factory.CreateCounter(
            "sloth_hook_executions_total", "Hook executions by hook name and result (success or failure).", "hook", "result");
        HookDuration = factory.CreateHistogram(
            "sloth_hook_duration_seconds", "Wall-clock time of one hook execution, by hook name.",
            new HistogramConfiguration { LabelNames = ["hook"], Buckets = HookDurationBuckets });
        EventsInFlight = factory.CreateGauge(
            "sloth_events_in_flight", "Events routed to workers and not yet finished.");
        EventsPending = factory.CreateGauge(
            "sloth_events_pending", "Events waiting in the journal for a worker (the backlog), by dispatcher partition.", "partition");
        ActiveWebSockets = factory.CreateGauge(
            "sloth_websockets_active", "Open /events/stream WebSocket connections.");
        JournalBatchSize = factory.CreateHistogram(
            "sloth_journal_batch_size", "Events written per journal transaction (group commit).",
            new HistogramConfiguration { Buckets = BatchSizeBuckets });
        DurableAckLatency = factory.CreateHistogram(
            "sloth_events_durable_ack_seconds", "Time an HTTP ingest call waited for its events to be durable in the journal.",
            new HistogramConfiguration { Buckets = LatencyBuckets });
        CompletionLatency = factory.CreateHistogram(
            "sloth_events_completion_seconds", "Time from an event's acceptance (created_at) to its final status.",
            new HistogramConfiguration { Buckets = LatencyBuckets });
        ClusterMembers = factory.CreateGauge(
            "sloth_cluster_members", "Akka.Cluster members by status, as this node sees the cluster.", "status");
    }

    public CollectorRegistry Registry { get; }

    public Counter EventsAccepted { get; }

    public Counter EventsCompleted { get; }

    public Counter EventsFailed { get; }

    public Counter HookExecutions { get; }

    public Histogram HookDuration { get; }

    public Gauge EventsInFlight { get; }

    public Gauge EventsPending { get; }

    public Gauge ActiveWebSockets { get; }

    public Histogram JournalBatchSize { get; }

    public Histogram DurableAckLatency { get; }

    public Histogram CompletionLatency { get; }

    public Gauge ClusterMembers { get; }

    /// <summary>Events that reached a final status, for <c>/health</c>'s <c>events_processed</c>.</summary>
    public long EventsProcessed => Interlocked.Read(ref _processed);

    public void Accepted(string eventType)
    {
        var type = _types.Apply(eventType, out var first);
        var category = Category(eventType);
        EventsAccepted.WithLabels(category, type).Inc();
        if (first)
        {
            // Its completed and failed series exist from now on, at 0, so a rate() or a ratio of
            // failed to accepted has a series to read before the first failure, not a gap.
            EventsCompleted.WithLabels(category, type);
            EventsFailed.WithLabels(category, type);
        }
    }

    public void Completed(string eventType)
    {
        EventsCompleted.WithLabels(Category(eventType), _types.Apply(eventType)).Inc();
        Interlocked.Increment(ref _processed);
    }

    public void Failed(string eventType)
    {
        EventsFailed.WithLabels(Category(eventType), _types.Apply(eventType)).Inc();
        Interlocked.Increment(ref _processed);
    }

    public void HookRan(string hookName, bool success, TimeSpan duration)
    {
        var hook = _hooks.Apply(hookName, out var first);
        HookExecutions.WithLabels(hook, success ? "success" : "failure").Inc();
        if (first)
        {
            HookExecutions.WithLabels(hook, success ? "failure" : "success");
        }

        HookDuration.WithLabels(hook).Observe(duration.TotalSeconds);
    }

    public void Pending(long backlog) => EventsPending.WithLabels(SinglePartition).Set(backlog);

    /// <summary>Every status gets a series, absent ones at 0, so a member leaving a status shows as a drop, not a gap.</summary>
    public void Members(IEnumerable<Akka.Cluster.MemberStatus> statuses)
    {
        var counts = Enum.GetValues<Akka.Cluster.MemberStatus>().ToDictionary(status => status, _ => 0);
        foreach (var status in statuses)
        {
            counts[status]++;
        }

        foreach (var (status, count) in counts)
        {
            ClusterMembers.WithLabels(Health.AkkaMemberInfo.StatusName(status)).Set(count);
        }
    }

    private string Category(string eventType) => _categories.Apply(EventTypeName.CategoryOf(eventType));
}
