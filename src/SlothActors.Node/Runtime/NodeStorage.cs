using SlothActors.Journal;
using SlothActors.Journal.Postgres;
using SlothActors.Journal.Sqlite;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Runtime;

/// <summary>Opens the journal the settings name: SQLite in the data dir, or the cluster's PostgreSQL database.</summary>
internal static class NodeStorage
{
    /// <param name="secretKey">Null: the journal's own rules (SLOTH_SECRET_KEY, or the key file in the data dir on SQLite).</param>
    public static async Task<IEventJournal> OpenAsync(
        NodeOptions options, ReadOnlyMemory<byte>? secretKey, CancellationToken cancellationToken)
    {
        if (!options.IsClustered)
        {
            Directory.CreateDirectory(options.DataDir);
            var sqlite = new SqliteJournalOptions(options.DataDir);
            return await SqliteJournal.OpenAsync(secretKey is { } key ? sqlite.WithSecretKey(key) : sqlite, cancellationToken).ConfigureAwait(false);
        }

        var postgres = new PostgresJournalOptions(options.Postgres!);
        try
        {
            return await PostgresJournal.OpenAsync(secretKey is { } key ? postgres.WithSecretKey(key) : postgres, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            throw new NodeOptionsException(ex.Message);
        }
        catch (Npgsql.NpgsqlException ex)
        {
            // Npgsql's messages name the host and user, never the password.
            throw new NodeOptionsException($"cannot open the PostgreSQL journal: {ex.Message}");
        }

    }
}
