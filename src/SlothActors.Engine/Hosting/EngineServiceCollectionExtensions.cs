using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hooks;
using SlothActors.Engine.Observing;
using SlothActors.Events.Hooks;
using SlothActors.Events.Ingress;
using SlothActors.Journal;

namespace SlothActors.Engine.Hosting;

/// <summary>Registers the engine in a host. The host must register an <see cref="IEventJournal"/> and an <see cref="IHookRunner"/>.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="EngineHost"/> (also as the hosted service), its <see cref="IEventIngress"/>
    /// and <see cref="IHookRegistryProvider"/>, with <see cref="EngineOptions"/> bound from the
    /// <c>engine</c> section of <paramref name="configuration"/>. An <see cref="IEngineObserver"/>,
    /// <see cref="ILoggerFactory"/> and <see cref="TimeProvider"/> are used when registered.
    /// </summary>
    public static IServiceCollection AddSlothEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = BindOptions(configuration);
        services.AddSingleton(options);
        services.AddSingleton<IHookRegistryProvider>(sp => new JournalHookRegistryProvider(sp.GetRequiredService<IEventJournal>()));
        services.AddSingleton(sp => new EngineHost(
            sp.GetRequiredService<IEventJournal>(),
            sp.GetRequiredService<IHookRunner>(),
            options,
            sp.GetRequiredService<IHookRegistryProvider>(),
            sp.GetService<IEngineObserver>(),
            sp.GetService<ILoggerFactory>(),
            sp.GetService<TimeProvider>()));
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<EngineHost>());
        services.AddSingleton(sp => sp.GetRequiredService<EngineHost>().Ingress);
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
