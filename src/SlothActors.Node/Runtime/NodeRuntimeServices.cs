using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hooks;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Observing;
using SlothActors.Engine.Persistence;
using SlothActors.Events.Hooks;
using SlothActors.Events.Ingress;
using SlothActors.Journal;
using SlothActors.Journal.Hooks;
using SlothActors.Journal.Maintenance;
using SlothActors.Journal.Queries;
using SlothActors.Lua.Loading;
using SlothActors.Lua.Modules;
using SlothActors.Lua.Runtime;
using SlothActors.Node.Agents;
using SlothActors.Node.Cluster;
using SlothActors.Node.Commands;
using SlothActors.Node.Health;
using SlothActors.Node.HookFiles;
using SlothActors.Node.Hooks;
using SlothActors.Node.Hosting;
using SlothActors.Node.Metrics;
using SlothActors.Node.Remoting;
using SlothActors.Node.Retention;
using SlothActors.Node.Streaming;

namespace SlothActors.Node.Runtime;

/// <summary>Registers the journal's roles, the Lua runtime, the engine and what observes it.</summary>
internal static class NodeRuntimeServices
{
    public static void Add(IServiceCollection services, NodeSettings settings, IEventJournal journal)
    {
        // Registered as instances: the runtime, not the container, closes the journal, after the host stopped.
        services.AddSingleton(journal);
        services.AddSingleton<IHookStore>(journal);
        services.AddSingleton<IEventQueries>(journal);
        services.AddSingleton<IEventMaintenance>(journal);
        services.AddSingleton<IStorageHealth>(new JournalStorageHealth(journal, settings.Node.Storage));

        services.AddSingleton(sp => new HookServices(
            journal.State,
            journal.Secrets,
            new LazyEventIngress(() => sp.GetRequiredService<EngineHost>().Ingress),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("SlothActors.Hooks"),
            settings.Lua));
        services.AddSingleton(sp => new LuaHookRunner(sp.GetRequiredService<HookServices>(), HookModules.All()));
        services.AddSingleton(sp => new HookValidator(sp.GetRequiredService<HookServices>(), HookModules.All()));

        services.AddSingleton<EventStreamHub>();
        services.AddSingleton<IEngineObserver, NodeEngineObserver>();
        services.AddSingleton<IHookRunner>(sp => sp.GetRequiredService<LuaHookRunner>());
        services.AddSingleton<IHookRegistryProvider>(new JournalHookRegistryProvider(journal));
        services.AddSingleton<LeavingGate>();

        // Before the engine's own registration, which adds its plain ingress only when none is registered.
        services.AddSingleton<IEventIngress>(sp => new GatedIngress(sp.GetRequiredService<EngineHost>().Ingress, sp.GetRequiredService<LeavingGate>()));
        services.AddSlothEngine(settings.Engine, (akka, sp) =>
        {
            akka.ConfigureLoggers(loggers => loggers.LogLevel = AkkaLogLevel(settings.Node.LogLevel));
            akka.WithNodeCluster(settings.Node).WithHookChanges(sp).WithLeavingGate(sp.GetRequiredService<LeavingGate>())
                .WithCommandHost(sp, settings.Node).WithAgentRegistry(sp);
            if (sp.GetService<ExtraAkkaHocon>() is { } extra)
            {
                akka.AddHocon(extra.Hocon, HoconAddMode.Prepend);
            }
            if (settings.Node.IsClustered)
            {
                akka.WithRetentionSingleton(settings.Node, sp);

                // The partitions' journal in the cluster's shared database, beside the read model:
                // a partition that moves to another node recovers there from it.
                akka.AddPostgresPersistence(settings.Node.Postgres!);
            }
            else
            {
                // Its own file beside the read model's: never two writers on one SQLite file.
                akka.AddSqlitePersistence(Path.Combine(settings.Node.DataDir, PersistenceSetup.DefaultSqliteFileName));
            }
        });
        services.AddSingleton<IMetricsRefresher, EngineGauges>();
        services.AddSingleton<IMetricsRefresher, ClusterGauges>();

        services.AddSingleton<HookRegistrar>();
        services.AddSingleton<IHookFileSink>(sp => sp.GetRequiredService<HookRegistrar>());
        services.AddSingleton<HookTester>();
        services.AddCommandHandlers(settings.Node);
    }

    // Akka's own chatter (start-up, dead letters at shutdown) only when asked for detail.
    private static Akka.Event.LogLevel AkkaLogLevel(LogLevel level) => level switch
    {
        <= LogLevel.Debug => Akka.Event.LogLevel.DebugLevel,
        LogLevel.Information => Akka.Event.LogLevel.InfoLevel,
        LogLevel.Warning => Akka.Event.LogLevel.WarningLevel,
        _ => Akka.Event.LogLevel.ErrorLevel,
    };
}
