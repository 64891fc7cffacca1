using Microsoft.Data.Sqlite;
using SlothActors.Events;
using SlothActors.Journal.Serialization;
using SlothActors.Journal.Sqlite.Storage;

namespace SlothActors.Journal.Sqlite.Journal;

/// <summary>Reads events selected with <see cref="Schema.EventColumns.Selected"/>.</summary>
internal static class EventRows
{
    /// <summary>Ordinal of <c>seq</c> in the selected columns.</summary>
    public const int SeqOrdinal = 17;

    public static Event Read(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        Type = r.GetString(1),
        Data = r.GetString(2),
        Status = ParseStatus(r.GetString(3)),
        Error = r.StringOrNull(4),
        Timestamp = r.Time(5),
        CreatedAt = r.Time(6),
        ProcessedAt = r.TimeOrNull(7),
        Stack = r.StringOrNull(8),
        Source = r.StringOrNull(9),
        Severity = EventSeverityNames.TryParse(r.GetString(10), out var severity) ? severity : EventSeverity.Info,
        CorrelationId = r.StringOrNull(11),
        CausationId = r.StringOrNull(12),
        Depth = r.GetInt32(13),
        Tags = TagsJson.Read(r.GetString(14)),
        Attempts = r.GetInt32(15),
        Extra = r.StringOrNull(16),
    };

    public static List<Event> ReadAll(SqliteDataReader reader)
    {
        var events = new List<Event>();
        while (reader.Read())
        {
            events.Add(Read(reader));
        }

        return events;
    }

    private static EventStatus ParseStatus(string text) =>
        EventStatusNames.TryParse(text, out var status)
            ? status
            : throw new InvalidDataException($"events.status holds an unknown value '{text}'");
}
