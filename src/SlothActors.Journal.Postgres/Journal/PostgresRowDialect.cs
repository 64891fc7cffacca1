using System.Data.Common;
using SlothActors.Journal.Rows;

namespace SlothActors.Journal.Postgres.Journal;

/// <summary>PostgreSQL stores times as timestamptz and tags as a text[].</summary>
internal sealed class PostgresRowDialect : IRowDialect
{
    public static readonly PostgresRowDialect Instance = new();

    public DateTimeOffset Time(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public IReadOnlyList<string> Tags(DbDataReader reader, int ordinal) => reader.GetFieldValue<string[]>(ordinal);
}
