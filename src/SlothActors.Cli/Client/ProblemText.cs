using System.Net;
using System.Text.Json;

namespace SlothActors.Cli.Client;

/// <summary>Turns an error reply into one line: the problem's title and detail, and the field to blame.</summary>
internal static class ProblemText
{
    public static string From(HttpStatusCode status, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var title = Text(root, "title");
                var detail = Text(root, "detail") ?? Text(root, "error") ?? Text(root, "message");
                var field = Text(root, "field");
                if (detail is not null || title is not null)
                {
                    var reason = title is not null && detail is not null ? $"{title}: {detail}" : detail ?? title;
                    return OneLine(field is null || reason!.Contains(field, StringComparison.Ordinal) ? reason! : $"{reason} (field: {field})");
                }
            }
        }
        catch (JsonException)
        {
            // not JSON: fall through to the status line
        }

        return $"the node replied {(int)status} {status}";
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
