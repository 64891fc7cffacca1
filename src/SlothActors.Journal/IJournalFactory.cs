namespace SlothActors.Journal;

/// <summary>Opens a journal: creates or migrates the schema first, so the result is ready to use.</summary>
public interface IJournalFactory
{
    Task<IEventJournal> OpenAsync(CancellationToken cancellationToken);
}
