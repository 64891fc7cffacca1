using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SlothActors.Node.Problems;
using SlothActors.Node.Ui;

namespace SlothActors.Node.Api;

/// <summary>
/// <c>GET /ui</c>: the operator's web console, static files only. Everything it shows comes from
/// the HTTP API, called by the page with the token the operator pasted.
/// </summary>
internal static class UiEndpoints
{
    // Nothing outside the node: no CDN, no fonts, no inline script; API calls and the stream go
    // back to the page's own origin only.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static IEndpointRouteBuilder MapUi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ui", (HttpContext context) => Serve(context, ""));
        app.MapGet("/ui/{**path}", (HttpContext context, string path) => Serve(context, path));
        return app;
    }

    private static IResult Serve(HttpContext context, string path)
    {
        if (UiAssets.Embedded.Find(path) is not { } asset)
        {
            return ProblemResponse.Result(Problem.NotFound($"the web UI has no file '{path}'; open /ui"));
        }

        var headers = context.Response.Headers;
        // Files change with the node's version; revalidating costs little and never shows a stale UI.
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        return Results.Bytes(asset.Content, asset.ContentType);
    }
}
