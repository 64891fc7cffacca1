using Microsoft.Data.Sqlite;

namespace SlothActors.Journal.Sqlite.Storage;

/// <summary>The writer's open transaction, handed to one batch of work.</summary>
internal readonly struct WriteTransaction
{
    private readonly SqliteWriter _writer;

    public WriteTransaction(SqliteWriter writer, SqliteTransaction transaction)
    {
        _writer = writer;
        Transaction = transaction;
    }

    public SqliteTransaction Transaction { get; }

    /// <summary>The cached command for <paramref name="sql"/> (keep the SQL text constant per operation).</summary>
    public PreparedCommand Command(string sql) => _writer.Prepared(sql);

    /// <summary>The cached native statement for <paramref name="sql"/>: the hot-path alternative to <see cref="Command"/>.</summary>
    public RawStatement Statement(string sql) => _writer.Statement(sql);

    public int Execute(PreparedCommand command) => command.ExecuteNonQuery(Transaction);

    public SqliteDataReader Read(PreparedCommand command) => command.ExecuteReader(Transaction);

    public object? Scalar(PreparedCommand command) => command.ExecuteScalar(Transaction);
}
