namespace SlothActors.Client.Catalog;

public static class CatalogExtensions
{
    public static CatalogEmitters Catalog(this IEventHook hook) => new(hook);
}
