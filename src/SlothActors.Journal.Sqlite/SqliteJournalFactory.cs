namespace SlothActors.Journal.Sqlite;

/// <summary>The <see cref="IJournalFactory"/> for dependency injection; same as <see cref="SqliteJournal.OpenAsync"/>.</summary>
public sealed class SqliteJournalFactory : IJournalFactory
{
    private readonly SqliteJournalOptions _options;

    public SqliteJournalFactory(SqliteJournalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public Task<IEventJournal> OpenAsync(CancellationToken cancellationToken) => SqliteJournal.OpenAsync(_options, cancellationToken);
}
