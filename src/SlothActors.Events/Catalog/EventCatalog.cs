using System.Collections.Frozen;
using SlothActors.Events.Naming;

namespace SlothActors.Events.Catalog;

/// <summary>
/// The documented event types (embedded <c>event-types.txt</c>). Types outside the catalog are
/// custom types and are still valid; the catalog only adds categories and documentation.
/// </summary>
public static class EventCatalog
{
    private static readonly Lazy<Snapshot> Loaded = new(Load);

    /// <summary>Every documented type, in file order (grouped by category).</summary>
    public static IReadOnlyList<EventTypeInfo> All => Loaded.Value.Types;

    /// <summary>Distinct categories in order of first appearance.</summary>
    public static IReadOnlyList<string> Categories => Loaded.Value.Categories;

    public static bool TryGet(string name, out EventTypeInfo info) =>
        Loaded.Value.ByName.TryGetValue(name, out info!);

    public static bool Contains(string name) => Loaded.Value.ByName.ContainsKey(name);

    public static IReadOnlyList<EventTypeInfo> InCategory(string category) =>
        Loaded.Value.ByCategory.TryGetValue(category, out var types) ? types : [];

    private static Snapshot Load()
    {
        using var stream = typeof(EventCatalog).Assembly.GetManifestResourceStream(EventCatalogParser.ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {EventCatalogParser.ResourceName} is missing");
        using var reader = new StreamReader(stream);
        var types = EventCatalogParser.Parse(reader.ReadToEnd());
        return new Snapshot(types);
    }

    private sealed class Snapshot
    {
        public Snapshot(IReadOnlyList<EventTypeInfo> types)
        {
            Types = types;
            ByName = types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
            Categories = types.Select(t => t.Category).Distinct(StringComparer.Ordinal).ToArray();
            ByCategory = types.GroupBy(t => t.Category, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<EventTypeInfo>)g.ToArray(), StringComparer.Ordinal);
        }

        public IReadOnlyList<EventTypeInfo> Types { get; }

        public FrozenDictionary<string, EventTypeInfo> ByName { get; }

        public IReadOnlyList<string> Categories { get; }

        public FrozenDictionary<string, IReadOnlyList<EventTypeInfo>> ByCategory { get; }
    }
}
