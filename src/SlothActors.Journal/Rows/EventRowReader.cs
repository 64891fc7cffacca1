using System.Data.Common;
using SlothActors.Events;

namespace SlothActors.Journal.Rows;

/// <summary>Reads events selected with <see cref="Schema.EventColumns.Selected"/>; shared by the journal dialects.</summary>
public static class EventRowReader
{
    /// <summary>Ordinal of <c>seq</c> in the selected columns.</summary>
    public const int SeqOrdinal = 17;

    public static Event Read(DbDataReader r, IRowDialect dialect) => new()
    {
        Id = r.GetString(0),
        Type = r.GetString(1),
        Data = r.GetString(2),
        Status = ParseStatus(r.GetString(3)),
        Error = r.StringOrNull(4),
        Timestamp = dialect.Time(r, 5),
        CreatedAt = dialect.Time(r, 6),
        ProcessedAt = r.TimeOrNull(7, dialect),
        Stack = r.StringOrNull(8),
        Source = r.StringOrNull(9),
        Severity = EventSeverityNames.TryParse(r.GetString(10), out var severity) ? severity : EventSeverity.Info,
        CorrelationId = r.StringOrNull(11),
        CausationId = r.StringOrNull(12),
        Depth = r.GetInt32(13),
        Tags = dialect.Tags(r, 14),
        Attempts = r.GetInt32(15),
        Extra = r.StringOrNull(16),
    };

    private static EventStatus ParseStatus(string text) =>
        EventStatusNames.TryParse(text, out var status)
            ? status
            : throw new InvalidDataException($"events.status holds an unknown value '{text}'");
}
