using SlothActors.Journal.Contract;
using SlothActors.PostgresTesting;

namespace SlothActors.Journal.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresEventJournalTests(PostgresServerFixture server) : EventJournalContract
{
    protected override Task<IEventJournal> CreateJournalAsync() => PostgresTestJournal.OpenEmptyAsync(server, GetType());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStateStoreTests(PostgresServerFixture server) : StateStoreContract
{
    protected override Task<IEventJournal> CreateJournalAsync() => PostgresTestJournal.OpenEmptyAsync(server, GetType());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSecretStoreTests(PostgresServerFixture server) : SecretStoreContract
{
    protected override Task<IEventJournal> CreateJournalAsync() => PostgresTestJournal.OpenEmptyAsync(server, GetType());
}
