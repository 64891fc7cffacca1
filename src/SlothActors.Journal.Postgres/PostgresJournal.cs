using Npgsql;
using SlothActors.Journal.Postgres.Journal;
using SlothActors.Journal.Postgres.Secrets;
using SlothActors.Journal.Postgres.State;
using SlothActors.Journal.Postgres.Storage;
using SlothActors.Journal.Secrets;

namespace SlothActors.Journal.Postgres;

/// <summary>Opens the PostgreSQL journal that the nodes of a cluster share.</summary>
public static class PostgresJournal
{
    /// <summary>
    /// Creates a pooled data source for <see cref="PostgresJournalOptions.ConnectionString"/>, applies
    /// pending migrations (once, however many nodes start together) and loads the secret key.
    /// Dispose the journal to close its connections.
    /// </summary>
    /// <exception cref="InvalidOperationException">No usable secret key.</exception>
    /// <exception cref="NpgsqlException">The server cannot be reached or refused the migration.</exception>
    public static async Task<IEventJournal> OpenAsync(PostgresJournalOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        var protector = new SecretProtector(PostgresSecretKey.Resolve(options));
        var dataSource = await MigratedDataSource.OpenAsync(options.ConnectionString, options.TimeProvider.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
        return new PostgresEventJournal(dataSource, new PostgresStateStore(dataSource), new PostgresSecretStore(dataSource, protector));
    }
}
