using Akka.Actor;
using SlothActors.Engine.Persistence;
using SlothActors.Engine.Tests.Support;
using SlothActors.TestKit;
using static SlothActors.Engine.Tests.Persistence.LedgerActor;

namespace SlothActors.Engine.Tests.Persistence;

/// <summary>
/// What Akka persistence on a SQLite file must give, whichever way the actor system is built
/// (Akka.Hosting, or HOCON and a setup): each subclass starts systems its way on the same file.
/// </summary>
public abstract class SqlitePersistenceContract : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _directory = new("sloth-akka-persistence");

    protected string DatabasePath => Path.Combine(_directory.Path, "akka.db");

    [Fact]
    public async Task The_plugins_are_the_default_journal_and_snapshot_store_on_the_SQLite_provider_with_the_default_mapping()
    {
        await using var node = await StartAsync();
        var config = node.System.Settings.Config;
        config.GetString("akka.persistence.journal.plugin").ShouldBe(SqlPluginIds.Journal);
        config.GetString("akka.persistence.snapshot-store.plugin").ShouldBe(SqlPluginIds.SnapshotStore);
        foreach (var pluginId in new[] { SqlPluginIds.Journal, SqlPluginIds.SnapshotStore, SqlPluginIds.Query })
        {
            config.GetString($"{pluginId}.provider-name").ShouldBe("SQLite.MS", pluginId);
            config.GetString($"{pluginId}.table-mapping").ShouldBe("default", pluginId);
        }

        config.GetBoolean($"{SqlPluginIds.Journal}.auto-initialize").ShouldBeTrue();
        config.GetBoolean($"{SqlPluginIds.SnapshotStore}.auto-initialize").ShouldBeTrue();
        config.GetString($"{SqlPluginIds.Query}.write-plugin").ShouldBe(SqlPluginIds.Journal);
        config.GetInt($"{SqlPluginIds.Journal}.parallelism").ShouldBe(1, "SQLite takes one writer at a time");
        config.GetBoolean($"{SqlPluginIds.Journal}.prefer-parameters-on-multirow-insert").ShouldBeTrue("payloads as parameters, not hex literals");
    }

    [Fact]
    public async Task Every_connection_of_the_plugins_is_in_WAL_with_synchronous_FULL_and_a_busy_timeout()
    {
        await using var node = await StartAsync();
        await Ledger(node, "pragmas").Ask<Appended>(new Append(["a", "b"]), Timeout);

        // The write above went through the plugins' own connections: they passed the interceptor.
        var journalOptions = PluginPragmas.DataOptionsOf(node.System, SqlPluginIds.Journal);
        PluginPragmas.InterceptorOf(journalOptions).ConnectionsPrepared.ShouldBeGreaterThan(0);
        foreach (var pluginId in new[] { SqlPluginIds.Journal, SqlPluginIds.SnapshotStore, SqlPluginIds.Query })
        {
            var pragmas = PluginPragmas.ReadAfterPooledDowngrade(PluginPragmas.DataOptionsOf(node.System, pluginId));
            pragmas.ShouldBe(SqlitePragmas.Durable, pluginId);
        }
    }

    [Fact]
    public async Task Writes_of_many_persistent_actors_at_once_share_transactions()
    {
        const int Writers = 32;
        await using var node = await StartAsync();
        var ledgers = Enumerable.Range(0, Writers).Select(i => Ledger(node, $"writer-{i}")).ToArray();

        // Recovered first, so the connections counted below are the writes' own.
        await Task.WhenAll(ledgers.Select(l => l.Ask<Entries>(new GetEntries(), Timeout)));
        var interceptor = PluginPragmas.InterceptorOf(PluginPragmas.DataOptionsOf(node.System, SqlPluginIds.Journal));
        var before = interceptor.ConnectionsPrepared;

        var appended = await Task.WhenAll(ledgers.Select((l, i) => l.Ask<Appended>(new Append([$"entry-{i}"]), Timeout)));

        appended.ShouldAllBe(a => a.LastSequenceNr == 1);
        Enumerable.Range(0, Writers).Sum(i => AkkaJournalFile.CountRows(DatabasePath, $"writer-{i}")).ShouldBe(Writers);

        // The plugin opens one connection per batch it writes: one per write would mean no
        // batching across persistence ids (each dispatcher partition paying its own commit).
        var transactions = interceptor.ConnectionsPrepared - before;
        transactions.ShouldBeInRange(1, Writers / 2);
    }

    [Fact]
    public async Task Events_persisted_in_batches_are_recovered_by_a_new_actor_system_on_the_same_file()
    {
        var entries = Enumerable.Range(0, 250).Select(i => $"entry-{i}").ToArray();
        await using (var first = await StartAsync())
        {
            var ledger = Ledger(first, "durable");
            (await ledger.Ask<Appended>(new Append(entries[..100]), Timeout)).LastSequenceNr.ShouldBe(100);
            (await ledger.Ask<Appended>(new Append(entries[100..]), Timeout)).LastSequenceNr.ShouldBe(250);
        }

        AkkaJournalFile.CountRows(DatabasePath, "durable").ShouldBe(250);
        AkkaJournalFile.Tables(DatabasePath).ShouldBe(["journal", "snapshot", "tags"]);

        await using var second = await StartAsync();
        var recovered = await Ledger(second, "durable").Ask<Entries>(new GetEntries(), Timeout);
        recovered.Items.ShouldBe(entries);
        recovered.LastSequenceNr.ShouldBe(250);
    }

    [Fact]
    public async Task A_snapshot_then_DeleteMessages_shrinks_the_journal_table_and_recovery_starts_from_the_snapshot()
    {
        var entries = Enumerable.Range(0, 110).Select(i => $"entry-{i}").ToArray();
        await using (var first = await StartAsync())
        {
            var ledger = Ledger(first, "bounded");
            await ledger.Ask<Appended>(new Append(entries[..100]), Timeout);
            AkkaJournalFile.CountRows(DatabasePath, "bounded").ShouldBe(100);

            (await ledger.Ask<Compacted>(new Compact(), Timeout)).UpToSequenceNr.ShouldBe(100);
            AkkaJournalFile.CountSnapshots(DatabasePath, "bounded").ShouldBe(1);
            AkkaJournalFile.CountLiveRows(DatabasePath, "bounded").ShouldBe(0);
            AkkaJournalFile.CountRows(DatabasePath, "bounded").ShouldBe(1, "only the highest deleted row stays, to keep the sequence number");

            // The sequence goes on past the deleted rows.
            (await ledger.Ask<Appended>(new Append(entries[100..]), Timeout)).LastSequenceNr.ShouldBe(110);
        }

        AkkaJournalFile.CountRows(DatabasePath, "bounded").ShouldBe(11);
        await using var second = await StartAsync();
        var recovered = await Ledger(second, "bounded").Ask<Entries>(new GetEntries(), Timeout);
        recovered.Items.ShouldBe(entries);
        recovered.LastSequenceNr.ShouldBe(110);
    }

    public void Dispose()
    {
        _directory.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts a new actor system on <see cref="DatabasePath"/>, configured the way under test.</summary>
    protected abstract Task<PersistenceNode> StartAsync();

    private static IActorRef Ledger(PersistenceNode node, string persistenceId) => node.System.ActorOf(LedgerActor.Props(persistenceId));
}

/// <summary>A running actor system under test; disposing it shuts it down and waits for that.</summary>
public abstract class PersistenceNode(ActorSystem system) : IAsyncDisposable
{
    public ActorSystem System { get; } = system;

    public abstract ValueTask DisposeAsync();
}
