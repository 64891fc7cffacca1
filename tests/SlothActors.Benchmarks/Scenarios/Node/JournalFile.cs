using Microsoft.Data.Sqlite;
using SlothActors.Journal.Schema;
using E = SlothActors.Journal.Schema.EventColumns;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>
/// Reads a running node's SQLite journal read-only (WAL lets a reader in beside the node's
/// writer), for what the HTTP API does not give cheaply: every event's <c>processed_at</c> and
/// the count of events by status and of execution rows.
/// </summary>
internal static class JournalFile
{
    /// <summary><c>(id, processed_at in Unix ms)</c> of every event of the type that has one.</summary>
    public static async Task<List<(string Id, long ProcessedAtMs)>> ProcessedAtAsync(string path, string type, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(path, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {E.Id}, {E.ProcessedAt} FROM {Tables.Events} WHERE {E.Type} = $type AND {E.ProcessedAt} IS NOT NULL";
        command.Parameters.AddWithValue("$type", type);
        var rows = new List<(string, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }

    public static async Task<Dictionary<string, long>> StatusCountsAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(path, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {E.Status}, COUNT(*) FROM {Tables.Events} GROUP BY {E.Status}";
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>Rows in <c>event_hook_executions</c>: one per hook run recorded.</summary>
    public static async Task<long> ExecutionCountAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(path, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {Tables.Executions}";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<SqliteConnection> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
