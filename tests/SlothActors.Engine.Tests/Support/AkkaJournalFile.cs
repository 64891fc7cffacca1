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

    /// <summary>Rows of every dispatcher partition (<c>dispatch-*</c>), those marked deleted included.</summary>
    public static long CountPartitionRows(string databasePath) =>
        Count(databasePath, "SELECT COUNT(*) FROM journal WHERE persistence_id LIKE $id", "dispatch-%");

    /// <summary>
    /// Entries ever written by the dispatcher partitions: the sum of each one's highest sequence
    /// number (kept on disk even after <c>DeleteMessages</c>).
    /// </summary>
    public static long PartitionEntriesWritten(string databasePath) =>
        Count(
            databasePath,
            "SELECT COALESCE(SUM(top), 0) FROM (SELECT MAX(sequence_number) AS top FROM journal WHERE persistence_id LIKE $id GROUP BY persistence_id)",
            "dispatch-%");

    /// <summary>Rows of <paramref name="persistenceId"/> that recovery replays (not marked deleted).</summary>
    public static long CountLiveRows(string databasePath, string persistenceId) =>
        Count(databasePath, "SELECT COUNT(*) FROM journal WHERE persistence_id = $id AND deleted = 0", persistenceId);

    /// <summary>Rows of <paramref name="persistenceId"/> in the <c>snapshot</c> table.</summary>
    public static long CountSnapshots(string databasePath, string persistenceId) =>
        Count(databasePath, "SELECT COUNT(*) FROM snapshot WHERE persistence_id = $id", persistenceId);

    /// <summary>
    /// The ids of every event in the dispatcher partitions' accepted entries still in the
    /// <c>journal</c> table, decoded with the partitions' own serializer.
    /// </summary>
    public static HashSet<string> AcceptedIds(string databasePath, Akka.Serialization.SerializerWithStringManifest serializer)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT manifest, message FROM journal WHERE persistence_id LIKE 'dispatch-%' AND deleted = 0";
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (serializer.FromBinary((byte[])reader.GetValue(1), reader.GetString(0)) is Partitions.EventsAccepted accepted)
            {
                ids.UnionWith(accepted.Events.Select(e => e.Id));
            }
        }

        return ids;
    }

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

    /// <summary>
    /// From now on every insert into the journal table fails, as a write to a failing disk does
    /// (SQLite aborts the statement, the plugin's transaction fails); <see cref="HealWrites"/> undoes it.
    /// </summary>
    public static void FailWrites(string databasePath) => Execute(
        databasePath, "CREATE TRIGGER sloth_test_failing_disk BEFORE INSERT ON journal BEGIN SELECT RAISE(ABORT, 'injected: the disk refused the write'); END;");

    public static void HealWrites(string databasePath) => Execute(databasePath, "DROP TRIGGER sloth_test_failing_disk;");

    private static void Execute(string databasePath, string sql)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 5000; " + sql;
        command.ExecuteNonQuery();
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
