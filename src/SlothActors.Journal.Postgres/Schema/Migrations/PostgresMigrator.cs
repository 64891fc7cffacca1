using Npgsql;
using SlothActors.Journal.Schema;
using V = SlothActors.Journal.Schema.SchemaVersionColumns;

namespace SlothActors.Journal.Postgres.Schema.Migrations;

/// <summary>
/// Brings a database to the latest schema version at start-up. Several nodes may start at once:
/// the whole check-and-apply runs in one transaction under a transaction-scoped advisory lock, so
/// the first node migrates and the others wait, then find nothing left to do. DDL is
/// transactional in PostgreSQL, so a failed migration leaves no half-built schema behind.
/// </summary>
internal static class PostgresMigrator
{
    /// <summary>Every migration, in version order. Append new ones; never edit a released one.</summary>
    public static readonly IReadOnlyList<IPostgresMigration> All = [new Migration0001Initial(), new Migration0002Cluster(), new Migration0003DropMembership()];

    /// <summary>Advisory locks are per database, so journals in different databases never wait on each other.</summary>
    private const long LockKey = 0x5106_7E11_0000_0001;

    public static int LatestVersion => All[^1].Version;

    /// <returns>The versions applied by this call (empty when the database was up to date).</returns>
    public static async Task<IReadOnlyList<int>> MigrateAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"""
            CREATE TABLE IF NOT EXISTS {Tables.SchemaVersion} (
                {V.Version} INTEGER PRIMARY KEY,
                {V.Description} TEXT NOT NULL,
                {V.AppliedAt} TIMESTAMPTZ NOT NULL)
            """, cancellationToken).ConfigureAwait(false);

        var current = await CurrentVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var applied = new List<int>();
        foreach (var migration in All.Where(m => m.Version > current))
        {
            foreach (var statement in migration.Statements)
            {
                await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
            }

            await using var record = new NpgsqlCommand(
                $"INSERT INTO {Tables.SchemaVersion} ({V.Version}, {V.Description}, {V.AppliedAt}) VALUES (@v, @d, @t)",
                connection,
                transaction);
            record.Parameters.Add(new NpgsqlParameter<int>("v", migration.Version));
            record.Parameters.Add(new NpgsqlParameter<string>("d", migration.Description));
            record.Parameters.Add(new NpgsqlParameter<DateTime>("t", now.UtcDateTime));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            applied.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return applied;
    }

    public static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT COALESCE(MAX({V.Version}), 0) FROM {Tables.SchemaVersion}", connection, transaction);
        return (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
