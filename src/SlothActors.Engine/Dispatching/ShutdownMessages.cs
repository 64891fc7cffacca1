namespace SlothActors.Engine.Dispatching;

/// <summary>Stop routing and claiming: what is still accepted is written pending.</summary>
internal sealed class BeginShutdown
{
    public static readonly BeginShutdown Instance = new();
}

/// <summary>Answered with <see cref="Drained"/> once nothing is unwritten or in flight.</summary>
internal sealed class AwaitDrained
{
    public static readonly AwaitDrained Instance = new();
}

internal sealed class Drained
{
    public static readonly Drained Instance = new();
}

/// <summary>
/// Answered with <see cref="WorkersStopped"/> once the worker pool (and every hook executor with
/// it) has stopped: after the grace period, so nothing runs an event about to be returned to pending.
/// </summary>
internal sealed class StopWorkers
{
    public static readonly StopWorkers Instance = new();
}

internal sealed class WorkersStopped
{
    public static readonly WorkersStopped Instance = new();
}

/// <summary>Answered with <see cref="InFlightAbandoned"/>: the dispatcher forgets its in-flight events so they can be released.</summary>
internal sealed class AbandonInFlight
{
    public static readonly AbandonInFlight Instance = new();
}

internal sealed record InFlightAbandoned(IReadOnlyList<string> EventIds);

/// <summary>Answered with <see cref="PartitionsIdle"/> once every partition has written the completion markers it holds (or failed to in time).</summary>
internal sealed class AwaitPartitionsIdle
{
    public static readonly AwaitPartitionsIdle Instance = new();
}

internal sealed class PartitionsIdle
{
    public static readonly PartitionsIdle Instance = new();
}
