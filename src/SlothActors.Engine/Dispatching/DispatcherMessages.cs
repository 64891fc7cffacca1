using SlothActors.Events;

namespace SlothActors.Engine.Dispatching;

/// <summary>A producer's events; <paramref name="Acknowledged"/> completes after their commit.</summary>
internal sealed record Dispatch(IReadOnlyList<Event> Events, TaskCompletionSource Acknowledged);

/// <summary>A chunk is committed. <paramref name="Claimed"/> were stored processing (to route now), <paramref name="Pending"/> pending; both only newly inserted events.</summary>
internal sealed record AppendDone(IReadOnlyList<Dispatch> Chunk, IReadOnlyList<Event> Claimed, IReadOnlyList<Event> Pending, int Reserved);

/// <summary>A chunk's write failed; it may or may not have landed.</summary>
internal sealed record AppendFailed(IReadOnlyList<Dispatch> Chunk, IReadOnlyList<string> ClaimedIds, int Reserved, Exception Cause);

/// <summary>Events went back to pending outside the dispatcher's knowledge (after a failed write).</summary>
internal sealed record PendingAppeared(int Count);

/// <summary>From the recorder: these events' outcomes are committed, so their slots are free.</summary>
internal sealed record EventsFinished(IReadOnlyList<string> EventIds);

/// <summary>The fallback's timer: look for pending events even if nothing signalled them.</summary>
internal sealed class FallbackTick
{
    public static readonly FallbackTick Instance = new();
}

/// <summary>To the fallback: claim up to <paramref name="Slots"/> pending events, oldest first.</summary>
internal sealed record ClaimPending(int Slots, long Generation);

internal sealed record ClaimedEvents(IReadOnlyList<Event> Events, int Requested, long Generation);

internal sealed record ClaimFailed(int Requested, Exception Cause);
