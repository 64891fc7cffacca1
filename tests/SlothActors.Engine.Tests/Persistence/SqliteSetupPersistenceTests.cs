using Akka.Actor;
using SlothActors.Engine.Persistence;
using static SlothActors.Engine.Tests.Persistence.LedgerActor;

namespace SlothActors.Engine.Tests.Persistence;

/// <summary>
/// The contract on an actor system built from HOCON and a setup, the way Akka.TestKit builds
/// <c>Sys</c> (<see cref="SqliteTestKitPersistenceTests"/> shows it on <c>Sys</c> itself).
/// </summary>
public sealed class SqliteSetupPersistenceTests : SqlitePersistenceContract
{
    [Fact]
    public async Task The_HOCON_half_alone_persists_nothing_rather_than_persisting_without_the_pragmas()
    {
        var system = ActorSystem.Create("sloth", PersistenceSetup.SqliteConfig());
        try
        {
            var ledger = system.ActorOf(LedgerActor.Props("no-setup"));
            ledger.Tell(new Append(["a"]));

            // No connection string in the HOCON: the plugin's connections have no file to share,
            // so recovery fails and the actor stops.
            (await ledger.WatchAsync().WaitAsync(TimeSpan.FromSeconds(20))).ShouldBeTrue();
        }
        finally
        {
            await system.Terminate();
        }
    }

    protected override Task<PersistenceNode> StartAsync() =>
        Task.FromResult<PersistenceNode>(new StandaloneNode(ActorSystem.Create("sloth", PersistenceSetup.SqliteActorSystemSetup(DatabasePath))));

    private sealed class StandaloneNode(ActorSystem system) : PersistenceNode(system)
    {
        public override async ValueTask DisposeAsync() => await System.Terminate();
    }
}
