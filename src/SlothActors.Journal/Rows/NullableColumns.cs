using System.Data.Common;

namespace SlothActors.Journal.Rows;

internal static class NullableColumns
{
    public static string? StringOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? Int64OrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static DateTimeOffset? TimeOrNull(this DbDataReader reader, int ordinal, IRowDialect dialect) =>
        reader.IsDBNull(ordinal) ? null : dialect.Time(reader, ordinal);
}
