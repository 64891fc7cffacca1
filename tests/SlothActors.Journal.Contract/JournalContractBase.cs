namespace SlothActors.Journal.Contract;

/// <summary>Gives every test a fresh, empty journal and disposes it afterwards.</summary>
public abstract class JournalContractBase : IAsyncLifetime
{
    private IEventJournal? _journal;

    protected IEventJournal Journal => _journal ?? throw new InvalidOperationException("the journal is not open yet");

    protected static CancellationToken None => CancellationToken.None;

    /// <summary>A new, empty journal, schema ready. Called once per test.</summary>
    protected abstract Task<IEventJournal> CreateJournalAsync();

    public async Task InitializeAsync() => _journal = await CreateJournalAsync();

    public virtual async Task DisposeAsync()
    {
        if (_journal is not null)
        {
            await _journal.DisposeAsync();
        }
    }
}
