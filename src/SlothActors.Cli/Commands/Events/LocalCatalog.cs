using SlothActors.Cli.Client;
using SlothActors.Events.Catalog;

namespace SlothActors.Cli.Commands.Events;

/// <summary>The event-type catalog built into this CLI (the same one the node serves).</summary>
internal static class LocalCatalog
{
    public static IReadOnlyList<EventTypeView> Load() =>
        EventCatalog.All.Select(type => new EventTypeView(type.Name, type.Category, type.Description)).ToArray();
}
