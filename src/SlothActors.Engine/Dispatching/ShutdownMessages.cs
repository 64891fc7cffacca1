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

/// <summary>Answered with <see cref="InFlightAbandoned"/>: the dispatcher forgets its in-flight events so they can be released.</summary>
internal sealed class AbandonInFlight
{
    public static readonly AbandonInFlight Instance = new();
}

internal sealed record InFlightAbandoned(IReadOnlyList<string> EventIds);

/// <summary>Forwarded to the recorder; answered with <see cref="Flushed"/> when every outcome it holds is written.</summary>
internal sealed class Flush
{
    public static readonly Flush Instance = new();
}

internal sealed class Flushed
{
    public static readonly Flushed Instance = new();
}

internal sealed class GetDispatcherStatus
{
    public static readonly GetDispatcherStatus Instance = new();
}

internal sealed record DispatcherStatus(int InFlight, bool Backlog, int PeakInFlight, long ClaimedByFallback);
