using Microsoft.Data.Sqlite;
using SlothActors.Journal.Queries;
using SlothActors.Journal.Sqlite.Journal;
using SlothActors.Journal.Sqlite.Schema.Migrations;
using SlothActors.TestKit;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Sqlite.Tests;

public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TempDirectory _directory = new("sloth-journal");

    [Fact]
    public async Task Migrations_run_once_and_reopening_keeps_the_data()
    {
        var evt = NewEvent();
        await using (var journal = await SqliteTestJournal.OpenAsync(_directory))
        {
            await journal.AppendAsync([evt], null, CancellationToken.None);
        }

        await using (var reopened = await SqliteTestJournal.OpenAsync(_directory))
        {
            (await reopened.GetEventAsync(evt.Id, CancellationToken.None)).ShouldNotBeNull();
            (await reopened.ListEventsAsync(new EventQuery(), CancellationToken.None)).Count.ShouldBe(1);
        }

        using var connection = OpenRaw();
        Query(connection, "SELECT group_concat(version) FROM schema_version").ShouldBe(SqliteMigrator.LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        SqliteMigrator.Migrate(connection, T0).ShouldBeEmpty();
    }

    [Fact]
    public void The_migrator_applies_every_version_in_order_on_an_empty_database()
    {
        using var connection = OpenRaw();

        SqliteMigrator.Migrate(connection, T0).ShouldBe(SqliteMigrator.All.Select(m => m.Version));
        SqliteMigrator.CurrentVersion(connection, null).ShouldBe(SqliteMigrator.LatestVersion);
        Query(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN " +
                          "('events', 'hooks', 'event_hook_executions', 'state', 'secrets')").ShouldBe("5");
    }

    [Fact]
    public async Task The_writer_runs_in_wal_mode_with_full_sync_and_foreign_keys_on()
    {
        await using var journal = await SqliteTestJournal.OpenAsync(_directory);
        var writer = ((SqliteEventJournal)journal).Database.Writer;

        string Pragma(string name) =>
            writer.WriteAsync(tx => Convert.ToString(tx.Scalar(tx.Command($"PRAGMA {name}")), System.Globalization.CultureInfo.InvariantCulture)!,
                CancellationToken.None).GetAwaiter().GetResult();

        Pragma("journal_mode").ShouldBe("wal");
        Pragma("synchronous").ShouldBe("2");
        Pragma("foreign_keys").ShouldBe("1");
        Pragma("busy_timeout").ShouldBe("5000");
    }

    [Fact]
    public async Task Synchronous_mode_is_configurable()
    {
        await using var journal = await SqliteJournal.OpenAsync(
            SqliteTestJournal.Options(_directory).WithSynchronous(SqliteSynchronous.Normal), CancellationToken.None);
        var writer = ((SqliteEventJournal)journal).Database.Writer;

        var value = await writer.WriteAsync(tx => Convert.ToInt64(tx.Scalar(tx.Command("PRAGMA synchronous")), System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        value.ShouldBe(1);
    }

    public void Dispose() => _directory.Dispose();

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_directory.Path, "journal.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    private static string Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
