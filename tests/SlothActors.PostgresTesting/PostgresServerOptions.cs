namespace SlothActors.PostgresTesting;

/// <summary>How to run a throwaway server. Immutable; derive variants with the <c>WithX</c> methods.</summary>
public sealed record PostgresServerOptions
{
    /// <summary>The superuser initdb creates; trust authentication, so no password.</summary>
    public const string User = "sloth";

    public static PostgresServerOptions Default { get; } = new();

    /// <summary>
    /// False (the default for tests): fsync and synchronous commit off, since the data dies with
    /// the server anyway. True for benchmarks that must measure durable commits.
    /// </summary>
    public bool Durable { get; init; }

    public int MaxConnections { get; init; } = 200;

    /// <summary>How long initdb, start and stop may take each on a loaded machine.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public PostgresServerOptions WithDurable(bool durable) => this with { Durable = durable };

    public PostgresServerOptions WithMaxConnections(int maxConnections) => this with { MaxConnections = maxConnections };
}
