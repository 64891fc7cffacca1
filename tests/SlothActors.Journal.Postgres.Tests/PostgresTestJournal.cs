using Npgsql;
using SlothActors.Journal.Postgres.Journal;
using SlothActors.Journal.Schema;
using SlothActors.PostgresTesting;

namespace SlothActors.Journal.Postgres.Tests;

/// <summary>Opens journals on a test class's database with a fixed key (no key file, no environment).</summary>
internal static class PostgresTestJournal
{
    public static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    public static PostgresJournalOptions Options(string connectionString) => new PostgresJournalOptions(connectionString).WithSecretKey(Key);

    /// <summary>
    /// A journal on the class's database with every table emptied: tests of a class run one after
    /// another, so each starts from nothing without paying for a database of its own.
    /// </summary>
    public static async Task<IEventJournal> OpenEmptyAsync(PostgresServerFixture fixture, Type testClass)
    {
        var journal = await PostgresJournal.OpenAsync(Options(await fixture.DatabaseForAsync(testClass)), CancellationToken.None);
        await using var command = DataSource(journal).CreateCommand($"TRUNCATE {string.Join(", ", Tables.Data)} RESTART IDENTITY");
        await command.ExecuteNonQueryAsync();
        return journal;
    }

    public static NpgsqlDataSource DataSource(IEventJournal journal) => ((PostgresEventJournal)journal).DataSource;
}
