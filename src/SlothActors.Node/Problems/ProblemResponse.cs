using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SlothActors.Node.Problems;

/// <summary>Writes a <see cref="Problem"/> as <c>application/problem+json</c>; every endpoint's errors go through here.</summary>
public static class ProblemResponse
{
    public const string ContentType = "application/problem+json";

    public static IResult Result(Problem problem) => new ProblemResult(problem);

    public static async Task WriteAsync(HttpContext context, Problem problem)
    {
        var response = context.Response;
        response.StatusCode = problem.Status;
        response.ContentType = ContentType;
        await using var writer = new Utf8JsonWriter(response.BodyWriter);
        Write(writer, problem, context.Request.Path);
        await writer.FlushAsync(context.RequestAborted);
    }

    public static void Write(Utf8JsonWriter writer, Problem problem, string? instance)
    {
        writer.WriteStartObject();
        writer.WriteString("type", problem.Type);
        writer.WriteString("title", problem.Title);
        writer.WriteNumber("status", problem.Status);
        writer.WriteString("detail", problem.Detail);
        if (problem.Field is { } field)
        {
            writer.WriteString("field", field);
        }

        if (!string.IsNullOrEmpty(instance))
        {
            writer.WriteString("instance", instance);
        }

        writer.WriteEndObject();
    }

    private sealed class ProblemResult(Problem problem) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
    {
        public int? StatusCode => problem.Status;

        public string ContentType => ProblemResponse.ContentType;

        public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, problem);
    }
}
