using Microsoft.AspNetCore.Builder;

namespace SlothActors.Node.Api;

/// <summary>The protocol tolerates trailing slashes: <c>/events/</c> is <c>/events</c>. Runs before routing.</summary>
internal static class TrailingSlashMiddleware
{
    public static IApplicationBuilder UseTrailingSlashTolerance(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value;
            if (path is { Length: > 1 } && path[^1] == '/')
            {
                context.Request.Path = new(path.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/");
            }

            return next(context);
        });
}
