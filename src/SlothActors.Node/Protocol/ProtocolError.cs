namespace SlothActors.Node.Protocol;

/// <summary>Why a request (or one event of a batch) was refused.</summary>
/// <param name="Status">HTTP status the refusal maps to (400, 413 or 422).</param>
/// <param name="Slug">Short stable name of the problem, e.g. <c>invalid-field</c>.</param>
/// <param name="Field">The offending field, when one field is to blame.</param>
/// <param name="Message">One sentence saying what was wrong and how to fix it.</param>
public sealed record ProtocolError(int Status, string Slug, string? Field, string Message)
{
    public static ProtocolError NotJson(string message) =>
        new(400, "not-json", null, $"the request body is not valid JSON: {message}");

    public static ProtocolError Missing(string field) =>
        new(422, "missing-field", field, $"{field} is required");

    public static ProtocolError Invalid(string field, string message) =>
        new(422, "invalid-field", field, message);

    public static ProtocolError TooLarge(string? field, string message) =>
        new(413, "too-large", field, message);
}
