using SlothActors.TestKit;

namespace SlothActors.Journal.Sqlite.Tests;

/// <summary>Opens a journal in a fresh temp directory with a fixed key (no key file, no environment).</summary>
internal static class SqliteTestJournal
{
    public static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    public static SqliteJournalOptions Options(TempDirectory directory) =>
        new SqliteJournalOptions(directory.Path).WithSecretKey(Key);

    public static Task<IEventJournal> OpenAsync(TempDirectory directory) =>
        SqliteJournal.OpenAsync(Options(directory), CancellationToken.None);
}
