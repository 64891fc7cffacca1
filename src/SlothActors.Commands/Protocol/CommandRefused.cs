using System.Text.Json.Serialization;

namespace SlothActors.Commands.Protocol;

/// <summary>
/// The node's answer when it will not do what a command asked: the same fields as the HTTP
/// API's problem details (<c>docs/api.md</c>), so the CLI tells the user the same thing
/// whichever way it asked. <see cref="Status"/> keeps the HTTP status number as the kind
/// (400 bad input, 401 no or wrong token, 404 no such thing, 409 conflict, 422 invalid value,
/// 503 the node cannot take it now).
/// </summary>
public sealed record CommandRefused(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("detail")] string Detail,
    [property: JsonPropertyName("field")] string? Field = null)
{
    public const int Unauthorized = 401;

    /// <summary>One line for a terminal: title and detail, and the field to blame when the detail does not name it.</summary>
    public string Reason()
    {
        var reason = Detail.Length == 0 ? Title : $"{Title}: {Detail}";
        reason = Field is null || reason.Contains(Field, StringComparison.Ordinal) ? reason : $"{reason} (field: {Field})";
        return reason.ReplaceLineEndings(" ");
    }
}
