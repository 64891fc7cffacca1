using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hooks;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Observing;
using SlothActors.Events.Hooks;
using SlothActors.Events.Ingress;
using SlothActors.Journal;
using SlothActors.Journal.Hooks;
using SlothActors.Journal.Maintenance;
using SlothActors.Journal.Queries;
using SlothActors.Lua.Loading;
using SlothActors.Lua.Modules;
using SlothActors.Lua.Runtime;
using SlothActors.Node.Health;
using SlothActors.Node.HookFiles;
using SlothActors.Node.Hooks;
using SlothActors.Node.Metrics;
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
        services.AddSingleton<IStorageHealth>(new JournalStorageHealth(journal, "sqlite"));

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
        services.AddSingleton<IHookRegistryProvider>(new JournalHookRegistryProvider(journal));
        services.AddSingleton(sp => new EngineHost(
            journal,
            sp.GetRequiredService<LuaHookRunner>(),
            settings.Engine,
            sp.GetRequiredService<IHookRegistryProvider>(),
            sp.GetRequiredService<IEngineObserver>(),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<EngineHost>());
        services.AddSingleton<IEventIngress>(sp => sp.GetRequiredService<EngineHost>().Ingress);
        services.AddSingleton<IMetricsRefresher, EngineGauges>();

        services.AddSingleton<HookRegistrar>();
        services.AddSingleton<IHookFileSink>(sp => sp.GetRequiredService<HookRegistrar>());
        services.AddSingleton<HookTester>();
    }
}
