using SlothActors.Node.Protocol;

namespace SlothActors.Node.Problems;

/// <summary>
/// An RFC 9457 problem: what went wrong (<see cref="Slug"/>, <see cref="Title"/>), the details
/// and how to fix it (<see cref="Detail"/>), and the field to blame when there is one.
/// </summary>
public sealed record Problem(int Status, string Slug, string Title, string Detail, string? Field = null)
{
    public const string TypePrefix = "urn:sloth:problem:";

    public string Type => TypePrefix + Slug;

    public static Problem From(ProtocolError error) =>
        new(error.Status, error.Slug, TitleOf(error.Slug), error.Message, error.Field);

    public static Problem BadRequest(string detail, string? field = null) =>
        new(400, "bad-request", "Bad request", detail, field);

    public static Problem NotFound(string detail) => new(404, "not-found", "Not found", detail);

    public static Problem Unauthorized(string detail) => new(401, "unauthorized", "Unauthorized", detail);

    public static Problem TooLarge(string detail, string? field = null) =>
        new(413, "too-large", "Payload too large", detail, field);

    public static Problem Invalid(string field, string detail) =>
        new(422, "invalid-field", TitleOf("invalid-field"), detail, field);

    public static Problem Unavailable(string detail) => new(503, "unavailable", "Service unavailable", detail);

    private static string TitleOf(string slug) => slug switch
    {
        "not-json" => "Body is not JSON",
        "missing-field" => "Missing field",
        "invalid-field" => "Invalid field",
        "too-large" => "Payload too large",
        _ => "Bad request",
    };
}
