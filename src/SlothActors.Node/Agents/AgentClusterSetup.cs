using Akka.Cluster.Hosting;
using Akka.Cluster.Hosting.SBR;
using Akka.Hosting;
using Akka.Remote.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Commands.Tls;
using SlothActors.Engine.Hosting;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;
using SlothActors.Node.Remoting;

namespace SlothActors.Node.Agents;

/// <summary>
/// Makes an agent's actor system a cluster member with the agent's roles (<see cref="AgentRoles"/>)
/// and none of a node's: no <c>worker</c> role, so it never hosts a dispatcher partition or a
/// singleton. Used by <c>sloth agent run</c> and by the tests, so both start the same member.
/// </summary>
public static partial class AgentClusterSetup
{
    /// <exception cref="NodeOptionsException">No seed, a refused bind, or a certificate that cannot be used.</exception>
    /// <param name="log">Where the one line "the agent is up" goes (Akka's own log is for detail).</param>
    public static AkkaConfigurationBuilder WithAgentCluster(this AkkaConfigurationBuilder akka, AgentOptions options, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(akka);
        ArgumentNullException.ThrowIfNull(options);
        var tls = Check(options);
        var clustering = new Akka.Cluster.Hosting.ClusterOptions
        {
            SeedNodes = [.. options.Seeds.Select(seed => SeedAddresses.OnTransport(seed, tls is not null))],
            AppVersion = NodeVersion.Current,
            // The nodes' downing settings: Akka refuses a joining member whose downing provider differs.
            SplitBrainResolver = new KeepMajorityOption { Role = SingleNodeCluster.WorkerRole },
        };
        akka.WithRemoting(new RemoteOptions { HostName = options.RemoteHost, Port = options.RemotePort, PublicHostName = options.AdvertiseHost })
            .WithClustering(clustering)
            .AddHocon(RolesHocon(options), HoconAddMode.Prepend)
            .AddStartup((system, _) =>
            {
                var cluster = Akka.Cluster.Cluster.Get(system);
                cluster.RegisterOnMemberUp(() => LogUp(log, options.Name, cluster.SelfAddress.ToString(), string.Join(",", options.Tags)));
            });
        if (tls is not null)
        {
            akka.AddHocon(tls.Hocon, HoconAddMode.Prepend).AddSetup(tls.Setup);
        }

        return akka;
    }

    // Akka.Cluster.Hosting writes roles unquoted, and HOCON refuses the ':' of agent:NAME; names
    // and tags are checked against their grammar, so quoting them is all they need.
    private static string RolesHocon(AgentOptions options) =>
        $"akka.cluster.roles = [{string.Join(", ", AgentRoles.Of(options.Name, options.Tags).Select(role => $"\"{role}\""))}]";

    /// <summary>Refuses what the agent cannot start with, before any actor system exists.</summary>
    /// <returns>Its remoting identity, or null without <see cref="AgentOptions.TlsCert"/>.</returns>
    /// <exception cref="NodeOptionsException">No seed, a refused bind, or a certificate that cannot be used.</exception>
    public static LoadedTls? Check(AgentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Seeds.Count == 0)
        {
            throw new NodeOptionsException($"--seed is required: an agent joins a cluster of nodes, e.g. --seed {SeedAddresses.Format("127.0.0.1", RemotingDefaults.Port)}");
        }

        var tls = LoadTls(options);
        return RemotingBindRule.Check(options.RemoteHost, options.RemoteInsecure, tls is not null) is { } refusal
            ? throw new NodeOptionsException(refusal)
            : tls;
    }

    private static LoadedTls? LoadTls(AgentOptions options)
    {
        if (options.TlsCert is null)
        {
            return options.TlsCa is null
                ? null
                : throw new NodeOptionsException($"{TlsFlags.Ca} is given without {TlsFlags.Certificate}: give the agent's certificate too, or neither");
        }

        try
        {
            return RemotingTls.Load(new TlsSettings(options.TlsCert, options.TlsPassword, options.TlsCa));
        }
        catch (TlsSettingsException ex)
        {
            throw new NodeOptionsException(ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {Name} is up in the cluster as {Address}, tags [{Tags}]")]
    private static partial void LogUp(ILogger logger, string name, string address, string tags);
}
