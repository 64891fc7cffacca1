using Spectre.Console;
using Spectre.Console.Rendering;

namespace SlothActors.Cli.Output;

/// <summary>Table cells as plain text: names and messages come from users and must not be read as markup.</summary>
internal static class Cells
{
    public static IRenderable Of(string? text) => new Text(string.IsNullOrEmpty(text) ? "-" : text);

    public static IRenderable Status(bool success) => new Text(success ? "✅ Success" : "❌ Failed");

    public static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Square);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        return table;
    }
}
