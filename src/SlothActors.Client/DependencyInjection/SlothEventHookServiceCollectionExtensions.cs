using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SlothActors.Client;
using SlothActors.Client.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

public static class SlothEventHookServiceCollectionExtensions
{
    /// <summary>
    /// Registers an <see cref="IEventHook"/> singleton keyed by its source system (and, for the
    /// first one registered, unkeyed too). Its HTTP client comes from <c>IHttpClientFactory</c>
    /// (configure it through the returned builder). The container's disposal flushes the hook.
    /// </summary>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public static IHttpClientBuilder AddSlothEventHook(this IServiceCollection services, EventHookOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clientName = "SlothActors.Client:" + options.SourceSystem;
        services.TryAddSingleton(TimeProvider.System);
        services.AddKeyedSingleton<IEventHook>(options.SourceSystem, (provider, _) =>
        {
            var clients = new FactoryClientSource(provider.GetRequiredService<IHttpClientFactory>(), clientName);
            return EventHook.Create(options, clients.Next, owned: null, provider.GetService<ILoggerFactory>(), provider.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton(provider => provider.GetRequiredKeyedService<IEventHook>(options.SourceSystem));
        return services.AddHttpClient(clientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
    }
}
