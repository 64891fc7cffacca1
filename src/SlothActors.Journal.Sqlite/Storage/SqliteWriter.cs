using Microsoft.Data.Sqlite;

namespace SlothActors.Journal.Sqlite.Storage;

/// <summary>
/// The one connection that writes. A semaphore serialises writers so each batch runs in one
/// immediate transaction on a connection whose prepared statements stay compiled.
/// </summary>
internal sealed class SqliteWriter : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, PreparedCommand> _prepared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RawStatement> _statements = new(StringComparer.Ordinal);
    private bool _disposed;

    public SqliteWriter(SqliteConnection connection) => _connection = connection;

    /// <summary>Runs <paramref name="work"/> in one transaction; it commits when work returns, rolls back when it throws.</summary>
    public async Task<T> WriteAsync<T>(Func<WriteTransaction, T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _connection.BeginTransaction(deferred: false);
            var result = work(new WriteTransaction(this, transaction));
            transaction.Commit();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var command in _prepared.Values)
            {
                command.Dispose();
            }

            _prepared.Clear();
            foreach (var statement in _statements.Values)
            {
                statement.Dispose();
            }

            _statements.Clear();
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    // Only called under the gate, so the cache needs no lock of its own.
    internal PreparedCommand Prepared(string sql)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = new PreparedCommand(_connection, sql);
            _prepared[sql] = command;
        }

        return command;
    }

    internal RawStatement Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new RawStatement(_connection.Handle!, sql);
            _statements[sql] = statement;
        }

        return statement;
    }
}
