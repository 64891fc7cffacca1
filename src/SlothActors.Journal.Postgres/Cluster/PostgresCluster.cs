using SlothActors.Journal.Cluster;
using SlothActors.Journal.Postgres.Storage;

namespace SlothActors.Journal.Postgres.Cluster;

/// <summary>Opens the membership store of a cluster that shares one PostgreSQL journal.</summary>
public static class PostgresCluster
{
    /// <summary>
    /// Applies pending migrations (the same, idempotent ones the journal applies) and returns the
    /// store. It has a connection pool of its own, so heartbeats never queue behind a journal
    /// pool saturated by event traffic, and the listener holds one more dedicated connection.
    /// </summary>
    /// <exception cref="Npgsql.NpgsqlException">The server cannot be reached.</exception>
    public static async Task<IClusterStore> OpenAsync(PostgresClusterOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        var dataSource = await MigratedDataSource.OpenAsync(options.ConnectionString, options.TimeProvider.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
        return new PostgresClusterStore(dataSource, options);
    }
}
