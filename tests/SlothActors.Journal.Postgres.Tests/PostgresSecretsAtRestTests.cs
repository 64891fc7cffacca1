using System.Security.Cryptography;
using System.Text;
using SlothActors.PostgresTesting;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSecretsAtRestTests(PostgresServerFixture server) : IAsyncLifetime
{
    private IEventJournal _journal = null!;

    public async Task InitializeAsync() => _journal = await PostgresTestJournal.OpenEmptyAsync(server, GetType());

    public async Task DisposeAsync() => await _journal.DisposeAsync();

    [Fact]
    public async Task A_secret_value_is_absent_from_the_stored_bytes()
    {
        const string secret = "hunter2-very-secret-value-0123456789";
        const string control = "plain-state-value-0123456789";
        await _journal.Secrets.SetAsync("prod", "token", secret, T0, CancellationToken.None);
        await _journal.State.SetAsync("prod", "note", $"\"{control}\"", null, T0, CancellationToken.None);

        var secretRows = await RawRowsAsync("SELECT convert_to(scope || name, 'UTF8') || nonce || ciphertext || tag FROM secrets");
        var stateRows = await RawRowsAsync("SELECT convert_to(scope || key || value, 'UTF8') FROM state");

        // The control proves the search would find a value stored in the clear.
        stateRows.ShouldContain(b => Contains(b, control));
        secretRows.ShouldHaveSingleItem();
        secretRows.ShouldNotContain(b => Contains(b, secret));
        (await _journal.Secrets.GetAsync("prod", "token", CancellationToken.None)).ShouldBe(secret);
    }

    [Fact]
    public async Task A_secret_cannot_be_read_with_another_key()
    {
        await _journal.Secrets.SetAsync("prod", "token", "v", T0, CancellationToken.None);
        var connectionString = await server.DatabaseForAsync(GetType());

        await using var otherNode = await PostgresJournal.OpenAsync(
            new PostgresJournalOptions(connectionString).WithSecretKey(RandomNumberGenerator.GetBytes(32)), CancellationToken.None);

        await Should.ThrowAsync<CryptographicException>(() => otherNode.Secrets.GetAsync("prod", "token", CancellationToken.None));
    }

    private async Task<List<byte[]>> RawRowsAsync(string sql)
    {
        await using var command = PostgresTestJournal.DataSource(_journal).CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<byte[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetFieldValue<byte[]>(0));
        }

        return rows;
    }

    private static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
