using SlothActors.Journal;
using SlothActors.Journal.Sqlite;

namespace SlothActors.Lua.Tests.Integration.Support;

/// <summary>A real SQLite journal in a fresh temp directory; the secret key file is created there at first open.</summary>
public sealed class JournalDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sloth-lua-journal-" + Guid.NewGuid().ToString("N"));

    public Task<IEventJournal> OpenAsync() =>
        SqliteJournal.OpenAsync(new SqliteJournalOptions(Path).WithSynchronous(SqliteSynchronous.Normal), CancellationToken.None);

    /// <summary>Every byte of the database, its write-ahead log and shared-memory file, read while the journal may be open.</summary>
    public byte[] DatabaseBytes()
    {
        using var all = new MemoryStream();
        foreach (var file in Directory.EnumerateFiles(Path, SqliteJournalOptions.DefaultDatabaseFileName + "*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.CopyTo(all);
        }

        return all.ToArray();
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
