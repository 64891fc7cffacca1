using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SlothActors.Node.Api;

/// <summary>A JSON reply written straight to the response with a <see cref="Utf8JsonWriter"/>.</summary>
internal static class JsonReply
{
    public const string ContentType = "application/json; charset=utf-8";

    public static IResult Of(int status, Action<Utf8JsonWriter> write) => new WriterResult(status, write);

    public static IResult Ok(Action<Utf8JsonWriter> write) => new WriterResult(StatusCodes.Status200OK, write);

    private sealed class WriterResult(int status, Action<Utf8JsonWriter> write) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
    {
        public int? StatusCode => status;

        public string ContentType => JsonReply.ContentType;

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = ContentType;
            await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter);
            write(writer);
            await writer.FlushAsync(httpContext.RequestAborted);
        }
    }
}
