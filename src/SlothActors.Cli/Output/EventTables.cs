using SlothActors.Cli.Client;
using Spectre.Console;

namespace SlothActors.Cli.Output;

internal static class EventTables
{
    public static Table List(IReadOnlyList<EventView> events)
    {
        var table = Cells.Table("ID", "Type", "Status", "Stack", "Source", "Created");
        foreach (var evt in events)
        {
            table.AddRow(
                Cells.Of(evt.Id),
                Cells.Of(evt.Type),
                Cells.Of(evt.Status),
                Cells.Of(evt.Stack),
                Cells.Of(evt.Source),
                Cells.Of(TimeText.Of(evt.CreatedAt)));
        }

        return table;
    }

    public static Table Types(IReadOnlyList<EventTypeView> types)
    {
        // The built-in catalog has no descriptions; an empty column would only add noise.
        var described = types.Any(type => !string.IsNullOrEmpty(type.Description));
        var table = described ? Cells.Table("Category", "Type", "Description") : Cells.Table("Category", "Type");
        foreach (var type in types)
        {
            if (described)
            {
                table.AddRow(Cells.Of(type.Category), Cells.Of(type.Name), Cells.Of(type.Description));
            }
            else
            {
                table.AddRow(Cells.Of(type.Category), Cells.Of(type.Name));
            }
        }

        return table;
    }
}
