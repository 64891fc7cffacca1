using System.Globalization;
using Akka.Cluster.Hosting;
using Akka.Cluster.Hosting.SBR;
using Akka.Event;
using Akka.Hosting;
using Akka.Remote.Hosting;
using SlothActors.Engine.Hosting;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Remoting;

/// <summary>
/// Makes the node's actor system an Akka.Cluster member: remoting where the options say (mutual
/// TLS with the cluster's CA when a certificate is given), the node's roles, its seeds (none: it
/// joins itself, a cluster of one), the Split Brain Resolver's keep-majority decided on
/// <c>worker</c> members, and its node name in the <see cref="MemberNameBook"/> once it is up.
/// </summary>
public static class AkkaClusterSetup
{
    public static AkkaConfigurationBuilder WithNodeCluster(this AkkaConfigurationBuilder akka, NodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(akka);
        ArgumentNullException.ThrowIfNull(options);
        var tls = NodeTls.Load(options);
        var remoting = new RemoteOptions
        {
            HostName = options.RemoteHost,
            Port = options.RemotePort,
            PublicHostName = options.AdvertiseHost,
        };
        var clustering = new Akka.Cluster.Hosting.ClusterOptions
        {
            Roles = [.. options.Roles],
            SeedNodes = [.. options.Seeds.Select(seed => SeedAddresses.OnTransport(seed, tls is not null))],
            AppVersion = NodeVersion.Current,
            SplitBrainResolver = new KeepMajorityOption { Role = SingleNodeCluster.WorkerRole },
        };

        // Akka.Cluster.Hosting has no option for the resolver's stable-after.
        var stableAfter = string.Create(
            CultureInfo.InvariantCulture, $"akka.cluster.split-brain-resolver.stable-after = {(long)options.Cluster.StableAfter.TotalMilliseconds}ms");
        akka.WithRemoting(remoting).WithClustering(clustering).AddHocon(stableAfter, HoconAddMode.Prepend)
            .AddStartup((system, _) => MemberNameBook.PublishWhenUp(system, options.NodeName));
        if (tls is not null)
        {
            // Akka prefers the setup's certificate and trust to HOCON's; the HOCON turns TLS on.
            akka.AddHocon(tls.Hocon, HoconAddMode.Prepend).AddSetup(tls.Setup)
                .AddStartup((system, _) => system.Log.Info("Remoting is mutual TLS as {0}, accepting only peers of its CA", tls));
        }

        if (options.Seeds.Count == 0)
        {
            akka.JoinItselfAtStart();
        }

        return akka;
    }
}
