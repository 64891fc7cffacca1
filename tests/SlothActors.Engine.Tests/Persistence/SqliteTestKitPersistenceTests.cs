using Akka.Actor;
using SlothActors.Engine.Persistence;
using SlothActors.Engine.Tests.Support;
using SlothActors.TestKit;
using static SlothActors.Engine.Tests.Persistence.LedgerActor;

namespace SlothActors.Engine.Tests.Persistence;

/// <summary>Akka.TestKit's <c>Sys</c> on the SQLite file: how an engine actor test gets durable persistence.</summary>
public sealed class SqliteTestKitPersistenceTests : Akka.TestKit.Xunit2.TestKit
{
    private readonly TempDirectory _directory;
    private readonly string _databasePath;

    public SqliteTestKitPersistenceTests()
        : this(new TempDirectory("sloth-akka-testkit"))
    {
    }

    // The directory must exist before the base constructor starts Sys on a file in it.
    private SqliteTestKitPersistenceTests(TempDirectory directory)
        : base(PersistenceSetup.SqliteActorSystemSetup(Path.Combine(directory.Path, "akka.db")), "sloth")
    {
        _directory = directory;
        _databasePath = Path.Combine(directory.Path, "akka.db");
    }

    [Fact]
    public void Sys_persists_through_the_plugin_onto_the_file_with_durable_connections()
    {
        var ledger = Sys.ActorOf(LedgerActor.Props("testkit"));
        ledger.Tell(new Append(["a", "b", "c"]), TestActor);
        ExpectMsg<Appended>(TimeSpan.FromSeconds(20)).LastSequenceNr.ShouldBe(3);

        AkkaJournalFile.CountRows(_databasePath, "testkit").ShouldBe(3);
        PluginPragmas.ReadAfterPooledDowngrade(PluginPragmas.DataOptionsOf(Sys, SqlPluginIds.Journal)).ShouldBe(SqlitePragmas.Durable);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _directory.Dispose();
        }
    }
}
