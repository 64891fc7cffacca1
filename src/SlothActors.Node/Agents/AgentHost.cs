using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hosting;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Agents;

/// <summary>
/// <c>sloth agent run</c>'s process: an actor system <c>sloth</c> that joins the cluster as an
/// agent and nothing else (no storage, no HTTP, no Lua in this step). Stopping the host runs
/// Akka's CoordinatedShutdown, which leaves the cluster before the system terminates.
/// </summary>
public static class AgentHost
{
    /// <exception cref="NodeOptionsException">The options are refused; nothing was started.</exception>
    public static async Task RunAsync(AgentOptions options, LogLevel logLevel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var host = Build(options, logLevel);
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <exception cref="NodeOptionsException">The options are refused.</exception>
    public static IHost Build(AgentOptions options, LogLevel logLevel)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders().AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(logLevel)
            // The host's "press Ctrl+C" banner says nothing about the agent.
            .AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);

        // Refused here, before a host exists, so a bad flag is one message and no actor system.
        var configure = Configure(options, logLevel);
        builder.Services.AddAkka(EngineServiceCollectionExtensions.SystemName, (akka, sp) =>
            configure(akka, sp.GetRequiredService<ILoggerFactory>().CreateLogger("SlothActors.Agent")));
        return builder.Build();
    }

    private static Action<AkkaConfigurationBuilder, ILogger> Configure(AgentOptions options, LogLevel logLevel)
    {
        _ = AgentClusterSetup.Check(options);

        // Akka's own chatter (start-up, gossip) only when asked for detail, as on a node.
        var akkaLevel = logLevel <= LogLevel.Debug ? Akka.Event.LogLevel.DebugLevel : Akka.Event.LogLevel.WarningLevel;
        return (akka, log) => akka.ConfigureLoggers(loggers =>
        {
            loggers.LogLevel = akkaLevel;
            loggers.ClearLoggers();
            loggers.AddLoggerFactory();
        }).WithAgentCluster(options, log);
    }
}
