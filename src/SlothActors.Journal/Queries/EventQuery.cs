using SlothActors.Events;

namespace SlothActors.Journal.Queries;

/// <summary>
/// Filters for listing events (the collector's <c>GET /events</c> plus the native fields).
/// Every filter left null is not applied; all given filters must hold.
/// </summary>
public sealed record EventQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
    public const int MaxTags = 32;

    public string? Source { get; init; }

    public string? Type { get; init; }

    /// <summary>Exactly this severity.</summary>
    public EventSeverity? Severity { get; init; }

    /// <summary>This severity or higher (the stream's "minimum level").</summary>
    public EventSeverity? MinSeverity { get; init; }

    public EventStatus? Status { get; init; }

    public string? Stack { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>Inclusive lower bound on the event timestamp.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>Inclusive upper bound on the event timestamp.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Every tag listed must be on the event.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = DefaultLimit;

    public int Offset { get; init; }

    public SortOrder Order { get; init; } = SortOrder.Descending;

    /// <returns>Null when the query is acceptable; otherwise what is wrong and the allowed range.</returns>
    public string? Validate()
    {
        if (Limit is < 1 or > MaxLimit)
        {
            return $"limit {Limit} is out of range; use 1-{MaxLimit}.";
        }

        if (Offset < 0)
        {
            return $"offset {Offset} is negative.";
        }

        if (Tags.Count > MaxTags)
        {
            return $"{Tags.Count} tags given; at most {MaxTags} can be combined.";
        }

        return Start > End ? "start_time is after end_time." : null;
    }

    /// <exception cref="ArgumentException">The query is out of range (see <see cref="Validate"/>).</exception>
    public void EnsureValid()
    {
        var problem = Validate();
        if (problem is not null)
        {
            throw new ArgumentException(problem);
        }
    }
}
