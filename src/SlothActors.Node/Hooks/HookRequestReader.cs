using System.Text.Json;
using SlothActors.Node.Problems;

namespace SlothActors.Node.Hooks;

/// <summary>Reads the JSON bodies of <c>POST /hooks</c> and <c>POST /hooks/test</c>; a wrong shape is a 400/422 problem.</summary>
internal static class HookRequestReader
{
    public static (HookAddRequest? Request, Problem? Problem) ReadAdd(byte[] body)
    {
        try
        {
            using var document = Parse(body);
            var root = RootObject(document);
            var types = OptionalStrings(root, "event_types") ?? (OptionalString(root, "event_type") is { } one ? [one] : null);
            return (new HookAddRequest(
                RequiredString(root, "script"),
                OptionalString(root, "name"),
                types,
                OptionalString(root, "stack"),
                OptionalBool(root, "enabled") ?? true,
                OptionalString(root, "file_path") ?? OptionalString(root, "file_name")), null);
        }
        catch (HookRejectedException bad)
        {
            return (null, bad.Problem);
        }
    }

    public static (HookTestRequest? Request, Problem? Problem) ReadTest(byte[] body)
    {
        try
        {
            using var document = Parse(body);
            var root = RootObject(document);
            var script = OptionalString(root, "script");
            var name = OptionalString(root, "name");
            if ((script is null) == (name is null))
            {
                throw Rejected(Problem.Invalid("script", "send either script (a Lua text to try) or name (a registered hook), not both or neither"));
            }

            if (!root.TryGetProperty("event", out var evt) || evt.ValueKind != JsonValueKind.Object)
            {
                throw Rejected(new Problem(422, "missing-field", "Missing field", "event is required: an object such as {\"event_type\": \"task.failed\", \"data\": {}}", "event"));
            }

            return (new HookTestRequest(script, name, System.Text.Encoding.UTF8.GetBytes(evt.GetRawText())), null);
        }
        catch (HookRejectedException bad)
        {
            return (null, bad.Problem);
        }
    }

    private static JsonDocument Parse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw Rejected(new Problem(400, "not-json", "Body is not JSON", $"the request body is not valid JSON: {ex.Message}"));
        }
    }

    private static JsonElement RootObject(JsonDocument document) =>
        document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement
            : throw Rejected(Problem.Invalid("body", "the body must be a JSON object"));

    private static string RequiredString(JsonElement root, string name) =>
        OptionalString(root, name)
        ?? throw Rejected(new Problem(422, "missing-field", "Missing field", $"{name} is required", name));

    private static string? OptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString() is { Length: > 0 } text ? text : null
        : throw Rejected(Problem.Invalid(name, $"{name} must be a string"));

    private static bool? OptionalBool(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw Rejected(Problem.Invalid(name, $"{name} must be true or false"));

    private static IReadOnlyList<string>? OptionalStrings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            throw Rejected(Problem.Invalid(name, $"{name} must be an array of strings"));
        }

        var items = value.EnumerateArray().Select(item => item.GetString()!).ToArray();
        return items.Length > 64 ? throw Rejected(Problem.Invalid(name, $"{name} may list at most 64 patterns")) : items.Length == 0 ? null : items;
    }

    private static HookRejectedException Rejected(Problem problem) => new(problem);
}
