using Npgsql;
using SlothActors.Journal.Postgres.Schema.Migrations;

namespace SlothActors.Journal.Postgres.Storage;

/// <summary>
/// A connection pool on a database whose schema is current: the journal and the cluster store
/// each open one, and whichever opens first migrates (under the migrator's advisory lock).
/// </summary>
internal static class MigratedDataSource
{
    public static async Task<NpgsqlDataSource> OpenAsync(string connectionString, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dataSource = Create(connectionString);
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                await PostgresMigrator.MigrateAsync(connection, now, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return dataSource;
    }

    public static NpgsqlDataSource Create(string connectionString)
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
