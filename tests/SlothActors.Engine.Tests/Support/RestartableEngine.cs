using Akka.Actor;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Persistence;
using SlothActors.Events.Hooks;
using SlothActors.Journal;
using SlothActors.Journal.Sqlite;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests.Support;

/// <summary>
/// A data dir (read model plus Akka journal) that outlives engines: each start is a new actor
/// system on the same files, as a node restarted on its data dir.
/// </summary>
internal sealed class RestartableEngine : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private ActorSystem? _system;

    private RestartableEngine(TempDirectory directory, IEventJournal journal)
    {
        _directory = directory;
        Journal = journal;
    }

    public IEventJournal Journal { get; }

    public ControlledJournal? Controlled { get; private set; }

    public EngineHost? Host { get; private set; }

    public string AkkaDatabasePath => Path.Combine(_directory.Path, PersistenceSetup.DefaultSqliteFileName);

    public static async Task<RestartableEngine> CreateAsync(IEnumerable<HookDefinition> hooks)
    {
        var directory = new TempDirectory("sloth-restart");
        var journal = await SqliteJournal.OpenAsync(new SqliteJournalOptions(directory.Path).WithSecretKey(EngineHarness.Key), CancellationToken.None);
        foreach (var hook in hooks)
        {
            await journal.AddHookAsync(hook, CancellationToken.None);
        }

        return new RestartableEngine(directory, journal);
    }

    public async Task<EngineHost> StartAsync(IHookRunner runner, EngineOptions? options = null)
    {
        if (Host is not null)
        {
            throw new InvalidOperationException("stop the running engine first");
        }

        _system = SingleNodeCluster.Join(ActorSystem.Create("sloth", PersistenceSetup.SqliteActorSystemSetup(AkkaDatabasePath, EngineTestKit.SystemConfig())));
        Controlled = new ControlledJournal(Journal);
        Host = new EngineHost(Controlled, runner, options ?? EngineHarness.TestOptions(), _system);
        await Host.StartAsync(CancellationToken.None);
        return Host;
    }

    /// <summary>A graceful stop: coordinated shutdown, which terminates the actor system.</summary>
    public async Task StopAsync()
    {
        if (Host is null)
        {
            return;
        }

        await Host.StopAsync(CancellationToken.None);
        await _system!.WhenTerminated.WaitAsync(TimeSpan.FromSeconds(30));
        Host = null;
        _system = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Journal.DisposeAsync();
        _directory.Dispose();
    }
}
