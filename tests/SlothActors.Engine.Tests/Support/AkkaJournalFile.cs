using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SlothActors.Engine.Tests.Support;

/// <summary>
/// Reads Akka.Persistence.Sql's tables in a SQLite file (default table mapping) with a connection
/// of its own, never one of the plugin's: what is on disk, whatever the plugin believes. For
/// checks such as "the journal stays bounded" after <c>DeleteMessages</c>.
/// </summary>
public static class AkkaJournalFile
{
    /// <summary>
    /// Rows of <paramref name="persistenceId"/> in the <c>journal</c> table, those marked deleted
    /// included: after <c>DeleteMessages(n)</c> the plugin keeps the highest deleted row (flagged
    /// <c>deleted = 1</c>) so the sequence number survives; every row below it is gone.
    /// </summary>
    public static long CountRows(string databasePath, string persistenceId) =>
        Count(databasePath, "SELECT COUNT(*) FROM journal WHERE persistence_id = $id", persistenceId);

    /// <summary>Rows of <paramref name="persistenceId"/> that recovery replays (not marked deleted).</summary>
    public static long CountLiveRows(string databasePath, string persistenceId) =>
        Count(databasePath, "SELECT COUNT(*) FROM journal WHERE persistence_id = $id AND deleted = 0", persistenceId);

    /// <summary>Rows of <paramref name="persistenceId"/> in the <c>snapshot</c> table.</summary>
    public static long CountSnapshots(string databasePath, string persistenceId) =>
        Count(databasePath, "SELECT COUNT(*) FROM snapshot WHERE persistence_id = $id", persistenceId);

    /// <summary>The names of the file's tables, sorted.</summary>
    public static IReadOnlyList<string> Tables(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static long Count(string databasePath, string sql, string persistenceId)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", persistenceId);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // Unpooled, and never creating the file: a typo in the path fails instead of counting zero.
    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
