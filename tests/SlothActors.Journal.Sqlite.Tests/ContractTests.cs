using SlothActors.Journal.Contract;
using SlothActors.TestKit;

namespace SlothActors.Journal.Sqlite.Tests;

public sealed class SqliteEventJournalTests : EventJournalContract, IDisposable
{
    private readonly TempDirectory _directory = new("sloth-journal");

    protected override Task<IEventJournal> CreateJournalAsync() => SqliteTestJournal.OpenAsync(_directory);

    public void Dispose() => _directory.Dispose();
}

/// <remarks>
/// synchronous=NORMAL: these tests are about atomicity, and 4,000 fsynced increments would
/// take seconds without testing anything more.
/// </remarks>
public sealed class SqliteStateStoreTests : StateStoreContract, IDisposable
{
    private readonly TempDirectory _directory = new("sloth-journal");

    protected override Task<IEventJournal> CreateJournalAsync() =>
        SqliteJournal.OpenAsync(SqliteTestJournal.Options(_directory).WithSynchronous(SqliteSynchronous.Normal), CancellationToken.None);

    public void Dispose() => _directory.Dispose();
}

public sealed class SqliteSecretStoreTests : SecretStoreContract, IDisposable
{
    private readonly TempDirectory _directory = new("sloth-journal");

    protected override Task<IEventJournal> CreateJournalAsync() => SqliteTestJournal.OpenAsync(_directory);

    public void Dispose() => _directory.Dispose();
}
