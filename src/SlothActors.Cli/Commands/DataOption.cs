using System.CommandLine;
using System.Text.Json;

namespace SlothActors.Cli.Commands;

/// <summary><c>--data JSON</c>: the event's data, which must be a JSON object.</summary>
internal static class DataOption
{
    public static Option<string?> Create() => new("--data")
    {
        Description = "Event data as a JSON object, e.g. '{\"task\": \"deploy\"}' (default: {})",
        HelpName = "JSON",
    };

    public static JsonElement? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw new CliInputException("--data must be a JSON object, e.g. '{\"key\": \"value\"}'");
        }
        catch (JsonException ex)
        {
            throw new CliInputException($"--data is not valid JSON: {ex.Message}");
        }
    }
}
