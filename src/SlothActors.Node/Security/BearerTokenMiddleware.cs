using Microsoft.AspNetCore.Http;
using SlothActors.Node.Problems;

namespace SlothActors.Node.Security;

/// <summary>
/// With a token configured, every request but <c>/health</c> and the UI files must carry
/// <c>Authorization: Bearer TOKEN</c>; anything else is a 401 problem with a
/// <c>WWW-Authenticate</c> challenge. The token is never logged or echoed. A WebSocket upgrade
/// may carry it in a subprotocol instead (<see cref="WebSocketBearer"/>), as browsers must.
/// The web UI's static files (<c>/ui</c>) are open: they hold no data, and the page asks for the
/// token before any API call.
/// </summary>
internal sealed class BearerTokenMiddleware(RequestDelegate next, string token)
{
    private const string Scheme = "Bearer ";
    private readonly TokenCheck _check = new(token);

    public Task InvokeAsync(HttpContext context)
    {
        if (IsOpen(context.Request.Path))
        {
            return next(context);
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0 && WebSocketBearer.ReadToken(context.Request) is { } offered)
        {
            header = Scheme + offered;
        }

        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"sloth\"";
            return ProblemResponse.WriteAsync(context, Problem.Unauthorized(
                "this node requires a token: send 'Authorization: Bearer TOKEN' (sloth: --token or SLOTH_TOKEN)"));
        }

        if (!_check.Matches(header.AsSpan(Scheme.Length).Trim()))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"sloth\", error=\"invalid_token\"";
            return ProblemResponse.WriteAsync(context, Problem.Unauthorized("the bearer token is not this node's token"));
        }

        return next(context);
    }

    // Load balancers and orchestrators probe health without credentials; a browser loads the UI's
    // files before it has a token to send.
    private static bool IsOpen(PathString path) =>
        path.Equals("/health", StringComparison.OrdinalIgnoreCase) || path.Equals("/health/", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/ui", StringComparison.OrdinalIgnoreCase);
}
