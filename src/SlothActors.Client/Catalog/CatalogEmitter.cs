namespace SlothActors.Client.Catalog;

/// <summary>Emits one category of the node's catalog; the data sits under the category's key (<c>{"task": {...}}</c>), as the catalog's hooks read it.</summary>
public abstract class CatalogEmitter
{
    private readonly IEventHook _hook;
    private readonly string _category;

    private protected CatalogEmitter(IEventHook hook, string category)
    {
        ArgumentNullException.ThrowIfNull(hook);
        _hook = hook;
        _category = category;
    }

    private protected Task<EmitOutcome> EmitAsync(string verb, Severity severity, IReadOnlyDictionary<string, object?> body, string? correlationId, CancellationToken cancellationToken) =>
        _hook.EmitAsync(
            $"{_category}.{verb}",
            severity,
            new Dictionary<string, object?> { [_category] = body },
            correlationId,
            cancellationToken: cancellationToken);
}
