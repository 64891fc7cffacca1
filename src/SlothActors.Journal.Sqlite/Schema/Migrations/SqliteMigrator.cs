using Microsoft.Data.Sqlite;
using SlothActors.Journal.Schema;
using V = SlothActors.Journal.Schema.SchemaVersionColumns;

namespace SlothActors.Journal.Sqlite.Schema.Migrations;

/// <summary>Brings a database to the latest schema version at start-up.</summary>
internal static class SqliteMigrator
{
    /// <summary>Every migration, in version order. Append new ones; never edit a released one.</summary>
    public static readonly IReadOnlyList<ISqliteMigration> All = [new Migration0001Initial()];

    public static int LatestVersion => All[^1].Version;

    /// <returns>The versions applied by this call (empty when the database was up to date).</returns>
    public static IReadOnlyList<int> Migrate(SqliteConnection connection, DateTimeOffset now)
    {
        Execute(connection, null, $"""
            CREATE TABLE IF NOT EXISTS {Tables.SchemaVersion} (
                {V.Version} INTEGER PRIMARY KEY,
                {V.Description} TEXT NOT NULL,
                {V.AppliedAt} INTEGER NOT NULL)
            """);

        var applied = new List<int>();
        foreach (var migration in All)
        {
            // Immediate transaction: two processes opening the same file at once apply each version once.
            using var transaction = connection.BeginTransaction(deferred: false);
            if (CurrentVersion(connection, transaction) >= migration.Version)
            {
                continue;
            }

            foreach (var statement in migration.Statements)
            {
                Execute(connection, transaction, statement);
            }

            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText =
                $"INSERT INTO {Tables.SchemaVersion}({V.Version}, {V.Description}, {V.AppliedAt}) VALUES ($v, $d, $t)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$d", migration.Description);
            record.Parameters.AddWithValue("$t", now.ToUnixTimeMilliseconds());
            record.ExecuteNonQuery();
            transaction.Commit();
            applied.Add(migration.Version);
        }

        return applied;
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COALESCE(MAX({V.Version}), 0) FROM {Tables.SchemaVersion}";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
