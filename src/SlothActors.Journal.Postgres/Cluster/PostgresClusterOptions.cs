namespace SlothActors.Journal.Postgres.Cluster;

/// <summary>How to open the cluster store. Immutable; derive variants with <c>with</c>.</summary>
public sealed record PostgresClusterOptions
{
    public PostgresClusterOptions(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ConnectionString = connectionString;
    }

    /// <summary>The same database as the journal's.</summary>
    public string ConnectionString { get; init; }

    /// <summary>First wait before the listener reconnects; doubled after each failed attempt.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest wait between reconnect attempts.</summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal void EnsureValid()
    {
        ArgumentException.ThrowIfNullOrEmpty(ConnectionString);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        if (ReconnectDelay <= TimeSpan.Zero || MaxReconnectDelay < ReconnectDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(ReconnectDelay), ReconnectDelay, "use a positive delay no longer than MaxReconnectDelay");
        }
    }

    // The connection string may hold a password: never print it.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"ConnectionString = (set), ReconnectDelay = {ReconnectDelay}, MaxReconnectDelay = {MaxReconnectDelay}");
        return true;
    }
}
