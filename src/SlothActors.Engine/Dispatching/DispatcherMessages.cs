using System.Diagnostics;
using Akka.Actor;
using SlothActors.Events;

namespace SlothActors.Engine.Dispatching;

/// <summary>
/// A producer's events; answered with <see cref="Accepted"/> after their commit, or a
/// <see cref="Status.Failure"/>. <paramref name="Trace"/> is the producer's <c>dispatch</c> span,
/// the parent of each event's processing.
/// </summary>
internal sealed record Dispatch(IReadOnlyList<Event> Events, ActivityContext Trace = default);

/// <summary>The events of a <see cref="Dispatch"/> are durable.</summary>
internal sealed class Accepted
{
    public static readonly Accepted Instance = new();
}

/// <summary>A <see cref="Dispatch"/> waiting for its write, and who to acknowledge.</summary>
internal readonly record struct Producer(Dispatch Dispatch, IActorRef ReplyTo)
{
    /// <summary>
    /// Events this producer counted into the ingress gate; none for the dispatcher's own
    /// re-acceptance of rows a previous version left (acknowledged to nobody).
    /// </summary>
    public int Entered => ReplyTo.IsNobody() ? 0 : Dispatch.Events.Count;
}

/// <summary>A chunk is committed. <paramref name="Claimed"/> were stored processing (to route now), <paramref name="Pending"/> pending; both only newly inserted events.</summary>
internal sealed record AppendDone(IReadOnlyList<Producer> Chunk, IReadOnlyList<Event> Claimed, IReadOnlyList<Event> Pending, int Reserved);

/// <summary>A chunk's write failed; it may or may not have landed.</summary>
internal sealed record AppendFailed(IReadOnlyList<Producer> Chunk, int Reserved, Exception Cause);

/// <summary>
/// From the recorder: these events' slots are free. <paramref name="Recorded"/>: their outcomes
/// are committed, so they are complete; otherwise not even a failed status could be written, and
/// they stay unfinished, to run again at the next start.
/// </summary>
internal sealed record EventsFinished(IReadOnlyList<string> EventIds, bool Recorded = true);

/// <summary>The dispatcher's timer, or another node's notice: look for pending events even if nothing signalled them.</summary>
internal sealed class FallbackTick
{
    public static readonly FallbackTick Instance = new();
}

internal sealed class GetDispatcherStatus
{
    public static readonly GetDispatcherStatus Instance = new();
}

internal sealed record DispatcherStatus(int InFlight, bool Backlog, int PeakInFlight, long ClaimedByFallback);
