using SlothActors.Journal.Secrets;
using SlothActors.Journal.Sqlite.Journal;
using SlothActors.Journal.Sqlite.Secrets;
using SlothActors.Journal.Sqlite.State;
using SlothActors.Journal.Sqlite.Storage;

namespace SlothActors.Journal.Sqlite;

/// <summary>Opens the embedded SQLite journal of a single node.</summary>
public static class SqliteJournal
{
    /// <summary>
    /// Opens (creating when missing) the database in <see cref="SqliteJournalOptions.DataDirectory"/>,
    /// applies pragmas and pending migrations, and loads the secret key. Dispose the journal to close it.
    /// </summary>
    public static Task<IEventJournal> OpenAsync(SqliteJournalOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        cancellationToken.ThrowIfCancellationRequested();
        var key = options.SecretKey is { } given ? given.ToArray() : SecretKeySource.LoadOrCreate(options.DataDirectory);
        var protector = new SecretProtector(key);
        var database = SqliteDatabase.Open(options);
        IEventJournal journal = new SqliteEventJournal(database, new SqliteStateStore(database), new SqliteSecretStore(database, protector));
        return Task.FromResult(journal);
    }
}
