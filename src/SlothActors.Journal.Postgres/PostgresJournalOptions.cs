namespace SlothActors.Journal.Postgres;

/// <summary>How to open a PostgreSQL journal. Immutable; derive variants with the <c>WithX</c> methods.</summary>
public sealed record PostgresJournalOptions
{
    /// <summary>Npgsql's automatic preparation, unless the connection string sets its own: the hot statements are few and constant.</summary>
    public const int DefaultMaxAutoPrepare = 32;

    public PostgresJournalOptions(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ConnectionString = connectionString;
    }

    /// <summary>An Npgsql connection string (pool size, timeouts and TLS are set there).</summary>
    public string ConnectionString { get; init; }

    /// <summary>
    /// The 32-byte secret key; every node of a cluster must use the same one. Null: the
    /// SLOTH_SECRET_KEY environment variable, else the key file in <see cref="SecretKeyDirectory"/>.
    /// </summary>
    public ReadOnlyMemory<byte>? SecretKey { get; init; }

    /// <summary>
    /// Where <see cref="Secrets.SecretKeySource"/> keeps the key file when neither a key nor
    /// SLOTH_SECRET_KEY is given. Null: a missing key is an error, since a key made up by one
    /// node would be useless to the others.
    /// </summary>
    public string? SecretKeyDirectory { get; init; }

    /// <summary>Only stamps the schema_version rows; every operation takes <c>now</c> from its caller.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public PostgresJournalOptions WithSecretKey(ReadOnlyMemory<byte> key) => this with { SecretKey = key };

    public PostgresJournalOptions WithSecretKeyDirectory(string directory) => this with { SecretKeyDirectory = directory };

    public PostgresJournalOptions WithTimeProvider(TimeProvider timeProvider) => this with { TimeProvider = timeProvider };

    internal void EnsureValid()
    {
        ArgumentException.ThrowIfNullOrEmpty(ConnectionString);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        if (SecretKeyDirectory is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(SecretKeyDirectory);
        }
    }
}
