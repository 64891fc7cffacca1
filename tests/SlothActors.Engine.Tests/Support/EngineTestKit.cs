using Akka.Configuration;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Partitions.Serialization;
using SlothActors.Engine.Persistence;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests.Support;

/// <summary>
/// Akka.TestKit with the engine's own actor-system settings, so a harness on <c>Sys</c> shuts
/// down as a node does (coordinated shutdown with room for the grace period), and the dispatcher
/// partitions journal as a node's do: Akka.Persistence.Sql on a SQLite file of the test's own
/// (<see cref="AkkaDatabasePath"/>), with the partition serializer.
/// </summary>
public abstract class EngineTestKit : Akka.TestKit.Xunit2.TestKit
{
    private readonly TempDirectory _akka;

    protected EngineTestKit(Config? extra = null)
        : this(new TempDirectory("sloth-akka"), extra)
    {
    }

    private EngineTestKit(TempDirectory akka, Config? extra)
        : base(PersistenceSetup.SqliteActorSystemSetup(DatabaseIn(akka), SystemConfig(extra)))
    {
        _akka = akka;
        AkkaDatabasePath = DatabaseIn(akka);
        SingleNodeCluster.Join(Sys);
    }

    /// <summary>The SQLite file of <c>Sys</c>'s Akka journal and snapshot store.</summary>
    protected string AkkaDatabasePath { get; }

    /// <summary>The engine's settings for an actor system: its own HOCON, the serializer, and <paramref name="extra"/> over both.</summary>
    public static Config SystemConfig(Config? extra = null) =>
        (extra ?? Config.Empty).WithFallback(EngineConfig.For(EngineHarness.TestOptions())).WithFallback(PartitionSerializerSetup.Hocon)
            .WithFallback(SingleNodeCluster.Config);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _akka.Dispose();
        }
    }

    private static string DatabaseIn(TempDirectory directory) => Path.Combine(directory.Path, PersistenceSetup.DefaultSqliteFileName);
}
