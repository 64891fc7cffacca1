using System.Data.Common;
using SlothActors.Journal.Rows;
using SlothActors.Journal.Serialization;
using SlothActors.Journal.Sqlite.Storage;

namespace SlothActors.Journal.Sqlite.Journal;

/// <summary>SQLite stores times as Unix milliseconds and tags as a JSON array.</summary>
internal sealed class SqliteRowDialect : IRowDialect
{
    public static readonly SqliteRowDialect Instance = new();

    public DateTimeOffset Time(DbDataReader reader, int ordinal) => UnixMs.To(reader.GetInt64(ordinal));

    public IReadOnlyList<string> Tags(DbDataReader reader, int ordinal) => TagsJson.Read(reader.GetString(ordinal));
}
