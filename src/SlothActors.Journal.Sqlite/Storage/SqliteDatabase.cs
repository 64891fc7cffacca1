using System.Globalization;
using Microsoft.Data.Sqlite;
using SlothActors.Journal.Sqlite.Schema.Migrations;

namespace SlothActors.Journal.Sqlite.Storage;

/// <summary>
/// One database file: the single writer connection (WAL, synchronous as configured, busy
/// timeout, foreign keys) and pooled read-only connections for queries, which WAL lets run
/// beside the writer without blocking it.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    private readonly string _readerConnectionString;

    private SqliteDatabase(SqliteWriter writer, string readerConnectionString)
    {
        Writer = writer;
        _readerConnectionString = readerConnectionString;
    }

    public SqliteWriter Writer { get; }

    public static SqliteDatabase Open(SqliteJournalOptions options)
    {
        Directory.CreateDirectory(options.DataDirectory);
        var timeoutSeconds = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds);
        var writerConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = timeoutSeconds,
        }.ToString();
        var readerConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
            DefaultTimeout = timeoutSeconds,
        }.ToString();

        var connection = new SqliteConnection(writerConnectionString);
        try
        {
            connection.Open();
            var busyMs = ((long)options.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            var synchronous = ((int)options.Synchronous).ToString(CultureInfo.InvariantCulture);
            Execute(connection, $"PRAGMA busy_timeout = {busyMs}");
            Execute(connection, "PRAGMA journal_mode = WAL");
            Execute(connection, $"PRAGMA synchronous = {synchronous}");
            Execute(connection, "PRAGMA foreign_keys = ON");
            SqliteMigrator.Migrate(connection, options.TimeProvider.GetUtcNow());
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new SqliteDatabase(new SqliteWriter(connection), readerConnectionString);
    }

    /// <summary>Runs a read on a pooled read-only connection.</summary>
    public T Read<T>(Func<SqliteConnection, T> read)
    {
        using var connection = new SqliteConnection(_readerConnectionString);
        connection.Open();
        return read(connection);
    }

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync().ConfigureAwait(false);
        // Pooled readers would otherwise keep the file open after the journal is gone.
        using var connection = new SqliteConnection(_readerConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
