namespace SlothActors.Journal.Sqlite;

/// <summary>How to open a SQLite journal. Immutable; derive variants with the <c>WithX</c> methods.</summary>
public sealed record SqliteJournalOptions
{
    public const string DefaultDatabaseFileName = "journal.db";

    public SqliteJournalOptions(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        DataDirectory = dataDirectory;
    }

    /// <summary>Holds the database file and, unless a key is given, the secret key file.</summary>
    public string DataDirectory { get; init; }

    public string DatabaseFileName { get; init; } = DefaultDatabaseFileName;

    public SqliteSynchronous Synchronous { get; init; } = SqliteSynchronous.Full;

    /// <summary>How long a statement waits for another process's lock before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The 32-byte secret key. Null: <see cref="Secrets.SecretKeySource.LoadOrCreate"/> reads
    /// SLOTH_SECRET_KEY or the key file in <see cref="DataDirectory"/>.
    /// </summary>
    public ReadOnlyMemory<byte>? SecretKey { get; init; }

    /// <summary>Only stamps the schema_version rows; every operation takes <c>now</c> from its caller.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public string DatabasePath => Path.Combine(DataDirectory, DatabaseFileName);

    public SqliteJournalOptions WithSynchronous(SqliteSynchronous synchronous) => this with { Synchronous = synchronous };

    public SqliteJournalOptions WithBusyTimeout(TimeSpan busyTimeout) => this with { BusyTimeout = busyTimeout };

    public SqliteJournalOptions WithSecretKey(ReadOnlyMemory<byte> key) => this with { SecretKey = key };

    public SqliteJournalOptions WithDatabaseFileName(string fileName) => this with { DatabaseFileName = fileName };

    public SqliteJournalOptions WithTimeProvider(TimeProvider timeProvider) => this with { TimeProvider = timeProvider };

    internal void EnsureValid()
    {
        ArgumentException.ThrowIfNullOrEmpty(DataDirectory);
        ArgumentException.ThrowIfNullOrEmpty(DatabaseFileName);
        if (BusyTimeout < TimeSpan.Zero || BusyTimeout > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentOutOfRangeException(nameof(BusyTimeout), BusyTimeout, "use 0 to 10 minutes");
        }

        if (!Enum.IsDefined(Synchronous))
        {
            throw new ArgumentOutOfRangeException(nameof(Synchronous), Synchronous, "unknown synchronous mode");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
