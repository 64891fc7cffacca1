using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SlothActors.Node.Problems;

/// <summary>Gives an empty 4xx/5xx (unknown path, wrong method, ...) a problem body.</summary>
internal static class StatusCodeProblems
{
    public static IApplicationBuilder UseProblemStatusPages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            var problem = http.Response.StatusCode switch
            {
                404 => Problem.NotFound($"no endpoint at {http.Request.Path}; docs/api.md lists them"),
                405 => new Problem(405, "method-not-allowed", "Method not allowed", $"{http.Request.Method} is not supported on {http.Request.Path}"),
                413 => Problem.TooLarge("the request body is larger than the node accepts (MaxBodyBytes)"),
                415 => new Problem(415, "unsupported-media-type", "Unsupported media type", "send the body as application/json"),
                var status => new Problem(status, "http-" + status, "HTTP " + status, "the request could not be handled"),
            };
            return ProblemResponse.WriteAsync(http, problem);
        });
}
