using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace SlothActors.Journal.Sqlite.Storage;

/// <summary>
/// A command created once on the writer connection and reused with new parameter values, so
/// SQLite compiles its statement once. Parameters (<c>$name</c>) are found in the SQL text.
/// </summary>
internal sealed partial class PreparedCommand : IDisposable
{
    private readonly Dictionary<string, SqliteParameter> _parameters = new(StringComparer.Ordinal);

    public PreparedCommand(SqliteConnection connection, string sql)
    {
        Command = connection.CreateCommand();
        Command.CommandText = sql;
        foreach (var name in ParameterName().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            _parameters[name] = Command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }
    }

    public SqliteCommand Command { get; }

    /// <summary>Sets a parameter; null is stored as SQL NULL.</summary>
    public PreparedCommand Set(string name, object? value)
    {
        _parameters[name].Value = value ?? DBNull.Value;
        return this;
    }

    public int ExecuteNonQuery(SqliteTransaction transaction)
    {
        Command.Transaction = transaction;
        return Command.ExecuteNonQuery();
    }

    public SqliteDataReader ExecuteReader(SqliteTransaction transaction)
    {
        Command.Transaction = transaction;
        return Command.ExecuteReader();
    }

    public object? ExecuteScalar(SqliteTransaction transaction)
    {
        Command.Transaction = transaction;
        return Command.ExecuteScalar();
    }

    public void Dispose() => Command.Dispose();

    [GeneratedRegex(@"\$[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex ParameterName();
}
