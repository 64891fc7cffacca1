using Npgsql;
using SlothActors.Events;
using SlothActors.Journal.Rows;

namespace SlothActors.Journal.Postgres.Journal;

/// <summary>Binds <see cref="EventRowReader"/> to PostgreSQL's row values.</summary>
internal static class EventRows
{
    public static Event Read(NpgsqlDataReader r) => EventRowReader.Read(r, PostgresRowDialect.Instance);

    public static (long Seq, Event Event) ReadWithSeq(NpgsqlDataReader r) => (r.GetInt64(EventRowReader.SeqOrdinal), Read(r));
}
