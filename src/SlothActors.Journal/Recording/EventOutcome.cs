using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Journal.Recording;

/// <summary>
/// What processing one event produced: the executions of its hooks and its next status.
/// </summary>
/// <param name="Status">
/// <see cref="EventStatus.Completed"/> or <see cref="EventStatus.Failed"/> (final, sets processed_at),
/// or <see cref="EventStatus.Pending"/> for a retry not before <paramref name="NextAttemptAt"/>.
/// </param>
/// <param name="Error">For a failed event: each failing hook with its message.</param>
/// <param name="Attempts">
/// The event's attempt count to store with the outcome, or null to leave the stored one: an
/// engine that routes a backlog without claiming it counts attempts in memory and stores them here.
/// </param>
public sealed record EventOutcome(
    string EventId,
    EventStatus Status,
    string? Error,
    DateTimeOffset ProcessedAt,
    IReadOnlyList<HookExecution> Executions,
    DateTimeOffset? NextAttemptAt = null,
    int? Attempts = null);
