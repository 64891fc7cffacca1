using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Configuration;
using Akka.Hosting;
using Akka.Remote.Hosting;

namespace SlothActors.Engine.Hosting;

/// <summary>
/// An actor system as a cluster of one, which the engine's sharded partitions need: Akka.Cluster
/// on loopback remoting at a free port, with role <c>worker</c>, joined to itself once started.
/// For hosts that run an engine alone (tests, the benchmarks, the crash host); a node configures
/// its own remoting and seeds, and joins itself the same way when it has no seed.
/// </summary>
public static class SingleNodeCluster
{
    public const string WorkerRole = "worker";

    /// <summary>For an actor system built from HOCON: put this under the system's own, then <see cref="Join"/> it.</summary>
    public static Config Config { get; } = ConfigurationFactory.ParseString($$"""
        akka.actor.provider = cluster
        akka.remote.dot-netty.tcp.hostname = 127.0.0.1
        akka.remote.dot-netty.tcp.port = 0
        akka.cluster.roles = [{{WorkerRole}}]
        """);

    /// <summary>For an actor system built through Akka.Hosting.</summary>
    public static AkkaConfigurationBuilder WithSingleNodeCluster(this AkkaConfigurationBuilder akka)
    {
        ArgumentNullException.ThrowIfNull(akka);
        return akka
            .WithRemoting("127.0.0.1", 0)
            .WithClustering(new ClusterOptions { Roles = [WorkerRole] })
            .JoinItselfAtStart();
    }

    /// <summary>
    /// With no seed to join, a member seeds its own cluster. Its address is known only once
    /// remoting is bound (port 0 picks one), so it joins itself at start.
    /// </summary>
    public static AkkaConfigurationBuilder JoinItselfAtStart(this AkkaConfigurationBuilder akka)
    {
        ArgumentNullException.ThrowIfNull(akka);
        return akka.AddStartup((system, _) =>
        {
            Join(system);
            return Task.CompletedTask;
        });
    }

    /// <summary>Joins the system to itself.</summary>
    public static ActorSystem Join(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var cluster = Akka.Cluster.Cluster.Get(system);
        cluster.Join(cluster.SelfAddress);
        return system;
    }
}
