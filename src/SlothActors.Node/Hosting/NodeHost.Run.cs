using Akka.Actor;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Node.Cluster;
using SlothActors.Node.Remoting;
using SlothActors.Node.Runtime;
using SlothActors.Node.Security;

namespace SlothActors.Node.Hosting;

public static partial class NodeHost
{
    /// <summary>
    /// Runs a complete node (journal, engine, Lua runtime, API) until Ctrl-C or SIGTERM, then
    /// stops accepting, lets in-flight events finish within the engine's grace period and closes the journal.
    /// </summary>
    /// <exception cref="NodeOptionsException">The options are refused (e.g. the bind rule).</exception>
    /// <exception cref="NodeFencedException">The cluster took this node out while it ran.</exception>
    /// <exception cref="NodeRemotingStoppedException">A failed outbound TLS handshake ended the node's actor system.</exception>
    public static async Task RunAsync(NodeSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // Refuse before anything is created on disk.
        if (BindRule.Check(settings.Node.Bind, settings.Node.Token, settings.Node.Insecure).Refusal is { } refusal)
        {
            throw new NodeOptionsException(refusal);
        }

        await using var runtime = await NodeRuntime.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
        var options = runtime.Settings.Node;
        await using var app = runtime.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SlothActors.Node");
        LogStarting(logger, options.Bind, options.Port, Path.GetFullPath(options.DataDir), options.Token is not null, options.HooksDir);
        LogStorage(logger, options.Storage, options.NodeName);
        if (options.OtlpEndpoint is { } otlp)
        {
            LogTracing(logger, NodeTracing.Describe(otlp));
        }

        if (options.Insecure && options.Token is null)
        {
            LogInsecure(logger, options.Bind);
        }

        if (options.IsClustered && options.Seeds.Count == 0)
        {
            LogClusterOfOne(logger);
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        LogStopped(logger);
        // Akka.Hosting stops the host when the actor system terminates; a downed member's does,
        // and so does one whose outbound TLS handshake failed.
        if (app.Services.GetService<ActorSystem>() is not { } system)
        {
            return;
        }

        if (TlsHandshakeStop.Describe(system) is { } tlsStop)
        {
            throw new NodeRemotingStoppedException(tlsStop);
        }

        if (CoordinatedShutdown.Get(system).ShutdownReason is CoordinatedShutdown.ClusterDowningReason)
        {
            throw new NodeFencedException(
                $"this node ({Akka.Cluster.Cluster.Get(system).SelfAddress}) was downed by the cluster (the Split Brain Resolver or an operator) and stopped; " +
                "start it again to re-join with a new incarnation");
        }
    }

    // The storage kind only: the connection string may hold a password.
    [LoggerMessage(Level = LogLevel.Information, Message = "Journal: {Storage}; node name (claim owner): {NodeName}")]
    private static partial void LogStorage(ILogger logger, string storage, string nodeName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Exporting traces over OTLP/HTTP to {Endpoint}")]
    private static partial void LogTracing(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Node stopped")]
    private static partial void LogStopped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Starting node on {Bind}:{Port}, data in {DataDir}, token required: {TokenRequired}, hooks dir: {HooksDir}")]
    private static partial void LogStarting(ILogger logger, string bind, int port, string dataDir, bool tokenRequired, string? hooksDir);

    // Nodes sharing a database but not an Akka cluster miss each other's hook changes (DistributedPubSub) and
    // each runs its own retention singleton: legal for a lone node on PostgreSQL, a mistake for a cluster.
    [LoggerMessage(Level = LogLevel.Warning,
        Message = "PostgreSQL storage without --seed: this node is an Akka cluster of its own. Other nodes on the same database must list it (or a common seed) with --seed, or they will not hear of its hook changes")]
    private static partial void LogClusterOfOne(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Listening on {Bind} without a token (--insecure): anyone who can reach this address can add hooks")]
    private static partial void LogInsecure(ILogger logger, string bind);
}
