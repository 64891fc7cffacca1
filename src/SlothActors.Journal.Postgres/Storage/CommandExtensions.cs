using Npgsql;
using NpgsqlTypes;

namespace SlothActors.Journal.Postgres.Storage;

/// <summary>
/// Typed parameters. Every value travels as a parameter with an explicit type, so a null needs no
/// guessing and times always go out as UTC <c>timestamptz</c> (Npgsql refuses other offsets).
/// </summary>
internal static class CommandExtensions
{
    public static NpgsqlCommand With<T>(this NpgsqlCommand command, string name, T value)
    {
        command.Parameters.Add(new NpgsqlParameter<T>(name, value));
        return command;
    }

    public static NpgsqlCommand WithText(this NpgsqlCommand command, string name, string? value) =>
        command.WithNullable(name, NpgsqlDbType.Text, value);

    public static NpgsqlCommand WithInt64(this NpgsqlCommand command, string name, long? value) =>
        command.WithNullable(name, NpgsqlDbType.Bigint, value);

    public static NpgsqlCommand WithTime(this NpgsqlCommand command, string name, DateTimeOffset? value) =>
        command.WithNullable(name, NpgsqlDbType.TimestampTz, value?.UtcDateTime);

    public static NpgsqlCommand WithArray<T>(this NpgsqlCommand command, string name, NpgsqlDbType elementType, T[] values)
    {
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | elementType) { Value = values });
        return command;
    }

    private static NpgsqlCommand WithNullable(this NpgsqlCommand command, string name, NpgsqlDbType type, object? value)
    {
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
        return command;
    }
}
