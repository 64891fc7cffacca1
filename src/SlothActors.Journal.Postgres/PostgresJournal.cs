using Npgsql;
using SlothActors.Journal.Postgres.Journal;
using SlothActors.Journal.Postgres.Schema.Migrations;
using SlothActors.Journal.Postgres.Secrets;
using SlothActors.Journal.Postgres.State;
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
        var dataSource = CreateDataSource(options.ConnectionString);
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                await PostgresMigrator.MigrateAsync(connection, options.TimeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new PostgresEventJournal(dataSource, new PostgresStateStore(dataSource), new PostgresSecretStore(dataSource, protector));
    }

    internal static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = PostgresJournalOptions.DefaultMaxAutoPrepare;
        }

        settings.ApplicationName ??= "sloth";
        return builder.Build();
    }
}
