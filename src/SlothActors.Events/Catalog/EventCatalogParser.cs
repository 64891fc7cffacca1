using SlothActors.Events.Naming;

namespace SlothActors.Events.Catalog;

/// <summary>
/// Reads the catalog format: <c>name | description</c> a line; lines starting with <c>#</c> and
/// blank lines are ignored. A malformed line is a build mistake, so it throws.
/// </summary>
internal static class EventCatalogParser
{
    public const string ResourceName = "SlothActors.Events.event-types.txt";

    public static IReadOnlyList<EventTypeInfo> Parse(string text)
    {
        var types = new List<EventTypeInfo>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var name = bar < 0 ? line : line[..bar].Trim();
            var description = bar < 0 ? "" : line[(bar + 1)..].Trim();
            var problem = EventTypeName.Validate(name)
                ?? (description.Length == 0 ? "the description is missing" : null)
                ?? (seen.Add(name) ? null : $"'{name}' is listed twice");
            if (problem is not null)
            {
                throw new FormatException($"event catalog line {lineNumber}: {problem}");
            }

            types.Add(new EventTypeInfo(name, EventTypeName.CategoryOf(name), description));
        }

        return types;
    }
}
