using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hooks;
using SlothActors.Engine.Observing;
using SlothActors.Engine.Partitions.Serialization;
using SlothActors.Events.Hooks;
using SlothActors.Events.Ingress;
using SlothActors.Journal;

namespace SlothActors.Engine.Hosting;

/// <summary>
/// The engine's one composition root. The host must register an <see cref="IEventJournal"/> and
/// an <see cref="IHookRunner"/>.
/// </summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>The actor system's name: addresses read <c>akka://sloth/...</c>.</summary>
    public const string SystemName = "sloth";

    /// <summary>
    /// Adds the <c>sloth</c> actor system through Akka.Hosting (logging through the host's
    /// <see cref="ILoggerFactory"/>), then <see cref="EngineHost"/> on it (also as the hosted
    /// service, registered after the system's so it starts after it and stops before), its
    /// <see cref="IEventIngress"/> and <see cref="IHookRegistryProvider"/> unless already registered.
    /// An <see cref="IEngineObserver"/> and a <see cref="TimeProvider"/> are used when registered.
    /// </summary>
    /// <param name="configureAkka">
    /// More of the actor system's configuration (remoting, cluster, log level) and the partitions'
    /// journal and snapshot store
    /// (<c>Persistence.PersistenceSetup.AddSqlitePersistence</c>); the partitions' serializer is added here.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is outside its range.</exception>
    public static IServiceCollection AddSlothEngine(
        this IServiceCollection services, EngineOptions options, Action<AkkaConfigurationBuilder, IServiceProvider>? configureAkka = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        services.AddSingleton(options);
        services.TryAddSingleton<IHookRegistryProvider>(sp => new JournalHookRegistryProvider(sp.GetRequiredService<IEventJournal>()));
        services.AddAkka(SystemName, (builder, sp) =>
        {
            builder
                .AddHocon(EngineConfig.For(options), HoconAddMode.Prepend)
                .AddPartitionSerializer()
                .ConfigureLoggers(loggers =>
                {
                    loggers.ClearLoggers();
                    loggers.AddLoggerFactory();
                });
            configureAkka?.Invoke(builder, sp);
        });
        services.AddSingleton(sp => new EngineHost(
            sp.GetRequiredService<IEventJournal>(),
            sp.GetRequiredService<IHookRunner>(),
            options,
            sp.GetRequiredService<ActorSystem>(),
            sp.GetRequiredService<IHookRegistryProvider>(),
            sp.GetService<IEngineObserver>(),
            sp.GetService<ILoggerFactory>(),
            sp.GetService<TimeProvider>()));
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<EngineHost>());
        services.TryAddSingleton(sp => sp.GetRequiredService<EngineHost>().Ingress);
        return services;
    }

    /// <summary>Binds the <c>engine</c> section (or defaults when it is missing) and validates it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is outside its range.</exception>
    public static EngineOptions BindOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(EngineOptions.SectionName).Get<EngineOptions>() ?? new EngineOptions();
        options.EnsureValid();
        return options;
    }
}
