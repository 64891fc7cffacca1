using System.Security.Cryptography;
using System.Text;
using SlothActors.Journal.Secrets;
using SlothActors.TestKit;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Sqlite.Tests;

public sealed class SqliteSecretsAtRestTests : IDisposable
{
    private readonly TempDirectory _directory = new("sloth-journal");

    [Fact]
    public async Task A_secret_value_never_appears_in_the_database_or_wal_bytes()
    {
        const string secret = "hunter2-very-secret-value-0123456789";
        const string control = "plain-state-value-0123456789";
        await using var journal = await SqliteTestJournal.OpenAsync(_directory);
        await journal.Secrets.SetAsync("prod", "token", secret, T0, CancellationToken.None);
        await journal.State.SetAsync("prod", "note", $"\"{control}\"", null, T0, CancellationToken.None);

        var bytes = DatabaseFiles().Select(File.ReadAllBytes).ToList();

        // The control proves the search would find a value stored in the clear.
        bytes.ShouldContain(b => Contains(b, control));
        bytes.ShouldNotContain(b => Contains(b, secret));
        (await journal.Secrets.GetAsync("prod", "token", CancellationToken.None)).ShouldBe(secret);
    }

    [Fact]
    public async Task A_secret_cannot_be_read_with_another_key()
    {
        await using (var journal = await SqliteTestJournal.OpenAsync(_directory))
        {
            await journal.Secrets.SetAsync("prod", "token", "v", T0, CancellationToken.None);
        }

        var otherKey = RandomNumberGenerator.GetBytes(32);
        await using var reopened = await SqliteJournal.OpenAsync(SqliteTestJournal.Options(_directory).WithSecretKey(otherKey), CancellationToken.None);

        await Should.ThrowAsync<CryptographicException>(() => reopened.Secrets.GetAsync("prod", "token", CancellationToken.None));
    }

    [Fact]
    public void A_ciphertext_moved_to_another_name_does_not_decrypt()
    {
        var protector = new SecretProtector(SqliteTestJournal.Key);
        var sealedValue = protector.Protect("prod", "a", "value");

        protector.Unprotect("prod", "a", sealedValue).ShouldBe("value");
        Should.Throw<CryptographicException>(() => protector.Unprotect("prod", "b", sealedValue));
        Should.Throw<CryptographicException>(() => protector.Unprotect("staging", "a", sealedValue));
    }

    public void Dispose() => _directory.Dispose();

    private IEnumerable<string> DatabaseFiles() =>
        Directory.GetFiles(_directory.Path).Where(f => Path.GetFileName(f).StartsWith("journal.db", StringComparison.Ordinal));

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
