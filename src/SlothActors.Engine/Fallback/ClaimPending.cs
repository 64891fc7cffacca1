namespace SlothActors.Engine.Fallback;

/// <summary>To the fallback: claim up to <paramref name="Slots"/> pending events, oldest first; answered to the dispatcher.</summary>
internal sealed record ClaimPending(int Slots, long Generation);
