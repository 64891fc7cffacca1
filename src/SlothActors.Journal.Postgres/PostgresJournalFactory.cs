namespace SlothActors.Journal.Postgres;

/// <summary>The <see cref="IJournalFactory"/> for dependency injection; same as <see cref="PostgresJournal.OpenAsync"/>.</summary>
public sealed class PostgresJournalFactory : IJournalFactory
{
    private readonly PostgresJournalOptions _options;

    public PostgresJournalFactory(PostgresJournalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public Task<IEventJournal> OpenAsync(CancellationToken cancellationToken) => PostgresJournal.OpenAsync(_options, cancellationToken);
}
