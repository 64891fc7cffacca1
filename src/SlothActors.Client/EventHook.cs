using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SlothActors.Client.Emitting;
using SlothActors.Client.Health;

namespace SlothActors.Client;

/// <summary>Creates hooks outside dependency injection, and reads several at once.</summary>
public static class EventHook
{
    /// <param name="httpClient">Reused and not disposed by the hook; when null the hook owns one of its own.</param>
    /// <param name="timeProvider">Drives retry delays, timeouts, the batch window and the breaker's clock.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public static IEventHook Create(EventHookOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var owned = httpClient is null ? new HttpClient { Timeout = Timeout.InfiniteTimeSpan } : null;
        var client = httpClient ?? owned!;
        return Create(options, () => client, owned, loggerFactory, timeProvider);
    }

    /// <summary>The ecosystem's <c>get_all_hook_metrics</c>: each hook's health under its source system.</summary>
    public static async Task<IReadOnlyDictionary<string, EventHookHealth>> GetAllHookMetricsAsync(IEnumerable<IEventHook> hooks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        var healths = await Task.WhenAll(hooks.Select(hook => hook.HealthCheckAsync(cancellationToken))).ConfigureAwait(false);
        var bySystem = new Dictionary<string, EventHookHealth>(StringComparer.Ordinal);
        foreach (var health in healths)
        {
            bySystem[health.System] = health;
        }

        return bySystem;
    }

    internal static IEventHook Create(EventHookOptions options, Func<HttpClient> client, HttpClient? owned, ILoggerFactory? loggerFactory, TimeProvider? timeProvider)
    {
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("SlothActors.Client.EventHook");
        return new CollectorEventHook(options, client, owned, logger, timeProvider ?? TimeProvider.System);
    }
}
