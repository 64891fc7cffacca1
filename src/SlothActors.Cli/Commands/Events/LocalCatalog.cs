using SlothActors.Cli.Client;
using SlothActors.Node.Protocol;

namespace SlothActors.Cli.Commands.Events;

/// <summary>The event-type catalog built into this CLI (the same file the node serves).</summary>
internal static class LocalCatalog
{
    private const string Resource = "SlothActors.Events.event-types.txt";

    public static IReadOnlyList<EventTypeView> Load()
    {
        using var stream = typeof(SlothActors.Events.Event).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the catalog resource {Resource} is missing from this build");
        using var reader = new StreamReader(stream);
        var types = new List<EventTypeView>();
        while (reader.ReadLine() is { } line)
        {
            var name = line.Trim();
            if (name.Length > 0 && name[0] != '#')
            {
                types.Add(new EventTypeView(name, EventTypeRule.CategoryOf(name), null));
            }
        }

        return types;
    }
}
