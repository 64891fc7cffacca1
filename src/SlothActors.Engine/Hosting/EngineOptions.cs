using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Hosting;

/// <summary>
/// Settings of the event engine, bound from the <c>engine</c> configuration section.
/// Immutable; derive variants with <c>with</c> or the <c>WithX</c> methods.
/// </summary>
public sealed record EngineOptions
{
    public const string SectionName = "engine";
    public const int MaxEventsPerCall = 10_000;

    /// <summary>Event workers in the round-robin pool; each processes one event at a time.</summary>
    public int Workers { get; init; } = 100;

    /// <summary>
    /// Events held in memory at most (routed to workers, not yet recorded). Beyond it events wait
    /// in the backlog as ids, read back from the read model as slots free up.
    /// </summary>
    public int Capacity { get; init; } = 1000;

    /// <summary>Dispatcher partitions (persistence ids <c>dispatch-0</c> ...); an event's partition is a stable hash of its id.</summary>
    public int Partitions { get; init; } = 16;

    /// <summary>
    /// A partition snapshots its unfinished ids once it has journaled this many events (accepted
    /// or completed) since its last snapshot, and more than it holds unfinished; then it deletes
    /// the journal below the snapshot.
    /// </summary>
    public int SnapshotEvery { get; init; } = 10_000;

    /// <summary>How often the dispatcher reads its backlog even when nothing freed a slot (a missed wake-up costs at most this).</summary>
    public TimeSpan FallbackInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a graceful stop lets in-flight events finish before returning them to pending.</summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Dedicated threads that run hooks. Lua is CPU-bound, but a hook blocked in http or exec
    /// holds its thread without using CPU, so the default oversubscribes the cores.
    /// </summary>
    public int ExecutionThreads { get; init; } = Math.Max(32, Environment.ProcessorCount * 4);

    /// <summary>Events (or outcomes) written in one transaction at most.</summary>
    public int MaxWriteBatch { get; init; } = 2000;

    /// <summary>Accepted events not yet written; past it producers get <c>EngineOverloadedException</c>.</summary>
    public int MaxBufferedEvents { get; init; } = 50_000;

    /// <summary>Timeout of a hook that sets none: the one default, applied by <see cref="TimeoutOf"/>.</summary>
    public TimeSpan DefaultHookTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long past its timeout a runner that ignores cancellation may take before its
    /// execution is recorded as timed out without it (its thread stays busy until it returns).
    /// </summary>
    public TimeSpan TimeoutMargin { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Claim owner written on the events this engine processes.</summary>
    public string Owner { get; init; } = Environment.MachineName;

    /// <summary>What start-up returns to pending; a cluster node uses <see cref="StartupRecovery.OwnEvents"/>.</summary>
    public StartupRecovery Recovery { get; init; } = StartupRecovery.AllProcessing;

    /// <summary>How long a run of <paramref name="hook"/> may take: its own timeout, else <see cref="DefaultHookTimeout"/>.</summary>
    public TimeSpan TimeoutOf(HookDefinition hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return hook.Timeout is { } own && own > TimeSpan.Zero ? own : DefaultHookTimeout;
    }

    public EngineOptions WithWorkers(int workers) => this with { Workers = workers };

    public EngineOptions WithCapacity(int capacity) => this with { Capacity = capacity };

    public EngineOptions WithFallbackInterval(TimeSpan interval) => this with { FallbackInterval = interval };

    public EngineOptions WithGracePeriod(TimeSpan gracePeriod) => this with { GracePeriod = gracePeriod };

    public EngineOptions WithExecutionThreads(int threads) => this with { ExecutionThreads = threads };

    public EngineOptions WithDefaultHookTimeout(TimeSpan timeout) => this with { DefaultHookTimeout = timeout };

    public EngineOptions WithTimeoutMargin(TimeSpan margin) => this with { TimeoutMargin = margin };

    public EngineOptions WithPartitions(int partitions) => this with { Partitions = partitions };

    public EngineOptions WithSnapshotEvery(int events) => this with { SnapshotEvery = events };

    public EngineOptions WithRecovery(StartupRecovery recovery, string owner) => this with { Recovery = recovery, Owner = owner };

    /// <exception cref="ArgumentOutOfRangeException">A setting is outside its range.</exception>
    public void EnsureValid()
    {
        InRange(Workers, 1, 10_000, nameof(Workers));
        InRange(Capacity, 1, 1_000_000, nameof(Capacity));
        InRange(ExecutionThreads, 1, 1024, nameof(ExecutionThreads));
        InRange(MaxWriteBatch, 1, MaxEventsPerCall, nameof(MaxWriteBatch));
        InRange(MaxBufferedEvents, 1, 10_000_000, nameof(MaxBufferedEvents));
        InRange(Partitions, 1, 1024, nameof(Partitions));
        InRange(SnapshotEvery, 10, 10_000_000, nameof(SnapshotEvery));
        Positive(FallbackInterval, nameof(FallbackInterval));
        Positive(DefaultHookTimeout, nameof(DefaultHookTimeout));
        if (GracePeriod < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(GracePeriod), GracePeriod, "use zero or more");
        }

        if (TimeoutMargin < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeoutMargin), TimeoutMargin, "use zero or more");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(Owner, nameof(Owner));
        if (!Enum.IsDefined(Recovery))
        {
            throw new ArgumentOutOfRangeException(nameof(Recovery), Recovery, "use AllProcessing or OwnEvents");
        }
    }

    private static void InRange(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"use {min}-{max}");
        }
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "use a positive duration");
        }
    }
}
