using System.Data.Common;

namespace SlothActors.Journal.Rows;

/// <summary>
/// The column values a journal dialect stores in its own way; everything else in a row reads alike,
/// so <see cref="EventRowReader"/> and <see cref="HookRowReader"/> are shared by the dialects.
/// </summary>
public interface IRowDialect
{
    /// <summary>A non-null time column (Unix milliseconds in SQLite, timestamptz in PostgreSQL).</summary>
    DateTimeOffset Time(DbDataReader reader, int ordinal);

    /// <summary>The tags column (a JSON array in SQLite, a text[] in PostgreSQL).</summary>
    IReadOnlyList<string> Tags(DbDataReader reader, int ordinal);
}
