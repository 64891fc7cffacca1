using Microsoft.Extensions.Logging;

namespace SlothActors.Client.Ecosystem;

/// <summary>
/// The ecosystem's <c>EventHookFactory</c>: one typed hook per system, source system preset.
/// <paramref name="configure"/> adjusts the defaults (batching, retries, breaker).
/// </summary>
public static class EventHookFactory
{
    public static MahavishnuHook CreateMahavishnuHook(
        Uri collectorUrl, Func<EventHookOptions, EventHookOptions>? configure = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null) =>
        new(Create(MahavishnuHook.System, collectorUrl, configure, httpClient, loggerFactory, timeProvider));

    public static CrackerjackHook CreateCrackerjackHook(
        Uri collectorUrl, Func<EventHookOptions, EventHookOptions>? configure = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null) =>
        new(Create(CrackerjackHook.System, collectorUrl, configure, httpClient, loggerFactory, timeProvider));

    public static SessionBuddyHook CreateSessionBuddyHook(
        Uri collectorUrl, Func<EventHookOptions, EventHookOptions>? configure = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null) =>
        new(Create(SessionBuddyHook.System, collectorUrl, configure, httpClient, loggerFactory, timeProvider));

    public static AkoshaHook CreateAkoshaHook(
        Uri collectorUrl, Func<EventHookOptions, EventHookOptions>? configure = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null) =>
        new(Create(AkoshaHook.System, collectorUrl, configure, httpClient, loggerFactory, timeProvider));

    public static OneiricHook CreateOneiricHook(
        Uri collectorUrl, Func<EventHookOptions, EventHookOptions>? configure = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null) =>
        new(Create(OneiricHook.System, collectorUrl, configure, httpClient, loggerFactory, timeProvider));

    private static IEventHook Create(
        string system, Uri collectorUrl, Func<EventHookOptions, EventHookOptions>? configure, HttpClient? httpClient, ILoggerFactory? loggerFactory, TimeProvider? timeProvider)
    {
        var options = new EventHookOptions { CollectorUrl = collectorUrl, SourceSystem = system };
        return EventHook.Create(configure?.Invoke(options) ?? options, httpClient, loggerFactory, timeProvider);
    }
}
