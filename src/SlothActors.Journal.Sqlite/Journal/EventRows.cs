using Microsoft.Data.Sqlite;
using SlothActors.Events;
using SlothActors.Journal.Rows;

namespace SlothActors.Journal.Sqlite.Journal;

/// <summary>Binds <see cref="EventRowReader"/> to SQLite's row values.</summary>
internal static class EventRows
{
    public static Event Read(SqliteDataReader r) => EventRowReader.Read(r, SqliteRowDialect.Instance);

    public static List<Event> ReadAll(SqliteDataReader reader)
    {
        var events = new List<Event>();
        while (reader.Read())
        {
            events.Add(Read(reader));
        }

        return events;
    }
}
