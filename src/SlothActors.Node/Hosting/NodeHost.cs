using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Node.Api;
using SlothActors.Node.HookFiles;
using SlothActors.Node.Metrics;
using SlothActors.Node.Problems;
using SlothActors.Node.Protocol;
using SlothActors.Node.Security;

namespace SlothActors.Node.Hosting;

/// <summary>
/// Builds and runs a node: Kestrel on the configured address, problem details for every error,
/// the bearer-token gate, <c>/health</c> and <c>/metrics</c>. The engine, journal and their
/// endpoints plug in through <see cref="NodeHostParts"/>.
/// </summary>
public static partial class NodeHost
{
    private const string NoConfigReload = "--hostBuilder:reloadConfigOnChange=false";

    /// <exception cref="NodeOptionsException">The options are refused (e.g. the bind rule).</exception>
    public static WebApplication Build(NodeOptions options, NodeHostParts? parts = null)
    {
        var (address, refusal) = BindRule.Check(options.Bind, options.Token, options.Insecure);
        if (refusal is not null)
        {
            throw new NodeOptionsException(refusal);
        }

        if (options.HooksDir is { } hooksDir && File.Exists(hooksDir))
        {
            throw new NodeOptionsException($"--hooks-dir '{hooksDir}' is a file; give a directory of hook files");
        }

        // The node reads its settings once, through NodeOptionsReader. Left on, the host's own
        // appsettings reload watches the whole working directory, which holds the default data
        // dir: every journal write then woke a file-watcher thread (2-4% of node CPU in perf).
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [NoConfigReload] });
        NodeLogging.Configure(builder.Logging, options);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.Listen(address!, options.Port);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownGrace);
        builder.Services.Configure<RouteHandlerOptions>(route => route.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadInputExceptionHandler>();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<NodeMetrics>();
        NodeTracing.Configure(builder.Services, options);
        builder.Services.AddSingleton(sp => new EventParser(options.ProtocolLimits, sp.GetRequiredService<TimeProvider>()));
        parts?.ConfigureServices?.Invoke(builder);
        if (options.HooksDir is not null)
        {
            if (!builder.Services.Any(service => service.ServiceType == typeof(IHookFileSink)))
            {
                throw new NodeOptionsException("--hooks-dir needs a hook registry, and this node has none configured");
            }

            builder.Services.AddHostedService<HookDirectoryWatcher>();
        }

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Reached only if BadInputExceptionHandler declined (it handles every exception type).
            ExceptionHandler = context => ProblemResponse.WriteAsync(context, BadInputExceptionHandler.ToProblem(new InvalidOperationException())),
        });
        app.UseProblemStatusPages();
        app.UseTrailingSlashTolerance();
        if (options.Token is { } token)
        {
            app.UseMiddleware<BearerTokenMiddleware>(token);
        }

        app.UseWebSockets();
        app.UseRouting();
        app.MapHealth();
        app.MapNodeMetrics();
        app.MapUi();
        parts?.MapEndpoints?.Invoke(app);
        return app;
    }
}
