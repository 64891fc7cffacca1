using Npgsql;
using SlothActors.Journal.Postgres.Schema.Migrations;
using SlothActors.PostgresTesting;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMigrationTests(PostgresServerFixture server)
{
    [Fact]
    public async Task Three_nodes_opening_an_empty_database_together_migrate_it_once()
    {
        var connectionString = await server.Server.CreateDatabaseAsync();

        var journals = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            Task.Run(() => PostgresJournal.OpenAsync(PostgresTestJournal.Options(connectionString), CancellationToken.None))));
        try
        {
            var evt = NewEvent();
            await journals[0].AppendAsync([evt], null, CancellationToken.None);
            (await journals[2].GetEventAsync(evt.Id, CancellationToken.None)).ShouldNotBeNull();
        }
        finally
        {
            foreach (var journal in journals)
            {
                await journal.DisposeAsync();
            }
        }

        (await VersionsAsync(connectionString)).ShouldBe(PostgresMigrator.All.Select(m => m.Version));
    }

    [Fact]
    public async Task Concurrent_migrators_wait_for_the_lock_and_only_the_first_applies_anything()
    {
        var connectionString = await server.Server.CreateDatabaseAsync();

        var applied = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return await PostgresMigrator.MigrateAsync(connection, T0, CancellationToken.None);
        })));

        applied.Count(a => a.Count > 0).ShouldBe(1);
        applied.Single(a => a.Count > 0).ShouldBe(PostgresMigrator.All.Select(m => m.Version));
        (await VersionsAsync(connectionString)).ShouldBe(PostgresMigrator.All.Select(m => m.Version));
    }

    [Fact]
    public async Task Reopening_keeps_the_data_and_applies_nothing()
    {
        var connectionString = await server.Server.CreateDatabaseAsync();
        var evt = NewEvent();
        await using (var journal = await PostgresJournal.OpenAsync(PostgresTestJournal.Options(connectionString), CancellationToken.None))
        {
            await journal.AppendAsync([evt], null, CancellationToken.None);
        }

        await using (var reopened = await PostgresJournal.OpenAsync(PostgresTestJournal.Options(connectionString), CancellationToken.None))
        {
            (await reopened.GetEventAsync(evt.Id, CancellationToken.None)).ShouldNotBeNull();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        (await PostgresMigrator.MigrateAsync(connection, T0, CancellationToken.None)).ShouldBeEmpty();
        (await PostgresMigrator.CurrentVersionAsync(connection, null, CancellationToken.None)).ShouldBe(PostgresMigrator.LatestVersion);
    }

    private static async Task<List<int>> VersionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
