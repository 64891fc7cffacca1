namespace SlothActors.Client.Ecosystem;

/// <summary>Component-resolution events of <c>oneiric</c>; the cache events are debug level.</summary>
public sealed class OneiricHook(IEventHook hook) : SystemEventHook(hook)
{
    public const string System = "oneiric";

    public Task<EmitOutcome> EmitAdapterResolvedAsync(
        string adapterName, string adapterType, double resolutionMs, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("adapter_resolved", Severity.Info, new Dictionary<string, object?>
        {
            ["adapter_name"] = adapterName,
            ["adapter_type"] = adapterType,
            ["resolution_ms"] = resolutionMs,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitComponentLoadedAsync(
        string componentName, string componentType, double loadMs, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("component_loaded", Severity.Info, new Dictionary<string, object?>
        {
            ["component_name"] = componentName,
            ["component_type"] = componentType,
            ["load_ms"] = loadMs,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitCacheHitAsync(string cacheKey, string cacheType, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("cache_hit", Severity.Debug, new Dictionary<string, object?>
        {
            ["cache_key"] = cacheKey,
            ["cache_type"] = cacheType,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitCacheMissAsync(string cacheKey, string cacheType, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("cache_miss", Severity.Debug, new Dictionary<string, object?>
        {
            ["cache_key"] = cacheKey,
            ["cache_type"] = cacheType,
        }, correlationId, cancellationToken: cancellationToken);
}
