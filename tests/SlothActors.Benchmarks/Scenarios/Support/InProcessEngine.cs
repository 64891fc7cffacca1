using Akka.Actor;
using Microsoft.Extensions.Logging.Abstractions;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Partitions.Serialization;
using SlothActors.Engine.Persistence;
using SlothActors.Events.Hooks;
using SlothActors.Journal;
using SlothActors.Journal.Sqlite;
using SlothActors.Lua.Modules;
using SlothActors.Lua.Modules.Core;
using SlothActors.Lua.Runtime;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>
/// A real engine in this process: a fresh SQLite read model and Akka journal in a temp directory, the Lua runtime
/// with the core modules, the given hooks, and a <see cref="CompletionCounter"/> as observer.
/// </summary>
internal sealed class InProcessEngine : IAsyncDisposable
{
    private readonly string _directory;
    private readonly IEventJournal _journal;
    private readonly LuaHookRunner _runner;
    private bool _disposed;

    private InProcessEngine(string directory, IEventJournal journal, LuaHookRunner runner, EngineHost host, CompletionCounter counter)
    {
        _directory = directory;
        _journal = journal;
        _runner = runner;
        Host = host;
        Counter = counter;
    }

    public EngineHost Host { get; }

    public CompletionCounter Counter { get; }

    public static async Task<InProcessEngine> StartAsync(
        SqliteSynchronous sync, IReadOnlyList<HookDefinition> hooks, EngineOptions options, CancellationToken cancellationToken)
    {
        var directory = TempDirectory.Create("sloth-engine-bench");
        var journal = await SqliteJournal.OpenAsync(new SqliteJournalOptions(directory).WithSynchronous(sync).WithSecretKey(new byte[32]), cancellationToken);
        foreach (var hook in hooks)
        {
            await journal.AddHookAsync(hook, cancellationToken);
        }

        var ingress = new LateIngress();
        var services = new HookServices(journal.State, journal.Secrets, ingress, TimeProvider.System, NullLogger.Instance, new LuaRuntimeOptions());
        var runner = new LuaHookRunner(services, HookModules.All());
        var counter = new CompletionCounter();
        // The partitions' journal as a node has it: Akka.Persistence.Sql on a SQLite file beside
        // the read model, always synchronous=FULL (--sync applies to the read model only).
        var akka = PersistenceSetup.SqliteActorSystemSetup(
            Path.Combine(directory, PersistenceSetup.DefaultSqliteFileName),
            EngineConfig.For(options).WithFallback(PartitionSerializerSetup.Hocon).WithFallback(SingleNodeCluster.Config));
        var system = SingleNodeCluster.Join(ActorSystem.Create(EngineServiceCollectionExtensions.SystemName, akka));
        var host = new EngineHost(journal, runner, options, system, observer: counter);
        ingress.Target = host.Ingress;
        await host.StartAsync(cancellationToken);
        return new InProcessEngine(directory, journal, runner, host, counter);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await Host.DisposeAsync();
        _runner.Dispose();
        await _journal.DisposeAsync();
        TempDirectory.Delete(_directory);
    }
}
