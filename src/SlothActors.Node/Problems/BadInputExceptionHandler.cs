using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Ingress;

namespace SlothActors.Node.Problems;

/// <summary>
/// The last line of defence: bad input that surfaced as an exception becomes a 4xx problem;
/// only a fault of the node itself is a 500, and then without internals in the reply.
/// </summary>
internal sealed partial class BadInputExceptionHandler(ILogger<BadInputExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem.Status >= 500 && problem.Status != StatusCodes.Status503ServiceUnavailable)
        {
            LogUnhandled(logger, httpContext.Request.Method, httpContext.Request.Path, exception);
        }

        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "1";
        }

        await ProblemResponse.WriteAsync(httpContext, problem);
        return true;
    }

    internal static Problem ToProblem(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            Problem.TooLarge("the request body is larger than the node accepts (MaxBodyBytes); send less"),
        BadHttpRequestException bad => new Problem(
            bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : 400, "bad-request", "Bad request", bad.Message),
        JsonException json => new Problem(400, "not-json", "Body is not JSON", $"the request body is not valid JSON: {json.Message}"),
        EngineOverloadedException overloaded => new Problem(503, "overloaded", "Node overloaded", overloaded.Message),
        EngineUnavailableException unavailable => Problem.Unavailable(unavailable.Message),
        OperationCanceledException => new Problem(499, "cancelled", "Request cancelled", "the client went away"),
        _ => new Problem(500, "internal", "Internal error", "the node failed to handle the request; its log has the details"),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, string method, string path, Exception exception);
}
