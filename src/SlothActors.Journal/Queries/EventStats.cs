namespace SlothActors.Journal.Queries;

/// <summary>
/// Counts of events in a time range (collector <c>GET /events/stats</c>).
/// An event without a source is counted under the empty string.
/// </summary>
public sealed record EventStats(
    long Total,
    IReadOnlyDictionary<string, long> BySource,
    IReadOnlyDictionary<string, long> ByType,
    IReadOnlyDictionary<string, long> BySeverity,
    DateTimeOffset? Start,
    DateTimeOffset? End);
