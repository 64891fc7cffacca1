using Npgsql;
using SlothActors.Journal.Postgres.Schema.Migrations;
using SlothActors.PostgresTesting;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Postgres.Tests;

/// <summary>Migration 3 on a database a node of the previous version left: at version 2, with a membership.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresMembershipDropTests(PostgresServerFixture server)
{
    [Fact]
    public async Task A_database_at_version_2_loses_its_membership_tables_and_keeps_the_owner_column()
    {
        var connectionString = await server.Server.CreateDatabaseAsync();
        var evt = NewEvent();
        await CreateVersion2Async(connectionString);
        await ExecuteAsync(connectionString, """
            INSERT INTO cluster_members (name, address, roles, version, status, joined_at, up_since, heartbeat_at, updated_at)
            VALUES ('node-1', 'http://127.0.0.1:8101', 'worker', '0.1.0', 'up', now(), now(), now(), now())
            """);
        await ExecuteAsync(connectionString, "INSERT INTO cluster_lease (name, holder, expires_at) VALUES ('leader', 'node-1', now())");

        await using (var journal = await PostgresJournal.OpenAsync(PostgresTestJournal.Options(connectionString), CancellationToken.None))
        {
            // The owner column stays: a processing row still names its node.
            await journal.AppendAsync([evt with { Status = Events.EventStatus.Processing, Attempts = 1 }], "node-1", CancellationToken.None);
            (await journal.ReleaseOwnerAsync("node-1", CancellationToken.None)).ShouldBe(1);
        }

        (await TableExistsAsync(connectionString, "cluster_members")).ShouldBeFalse();
        (await TableExistsAsync(connectionString, "cluster_lease")).ShouldBeFalse();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        (await PostgresMigrator.CurrentVersionAsync(connection, null, CancellationToken.None)).ShouldBe(3);
    }

    /// <summary>The schema as the previous version's migrator left it: migrations 1 and 2 applied and recorded.</summary>
    private static async Task CreateVersion2Async(string connectionString)
    {
        await ExecuteAsync(connectionString, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)");
        foreach (var migration in PostgresMigrator.All.Where(m => m.Version <= 2))
        {
            foreach (var statement in migration.Statements)
            {
                await ExecuteAsync(connectionString, statement);
            }

            await ExecuteAsync(connectionString, $"INSERT INTO schema_version VALUES ({migration.Version}, 'v{migration.Version}', now())");
        }
    }

    private static async Task<bool> TableExistsAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT to_regclass(@t) IS NOT NULL", connection);
        command.Parameters.AddWithValue("t", table);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
