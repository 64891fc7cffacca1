namespace SlothActors.Events.Catalog;

/// <summary>One documented event type of the catalog.</summary>
/// <param name="Category">The part of the name before the first dot (the whole name when there is none).</param>
public sealed record EventTypeInfo(string Name, string Category, string Description);
