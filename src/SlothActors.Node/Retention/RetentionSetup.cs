using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hosting;
using SlothActors.Journal.Maintenance;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Retention;

internal static class RetentionSetup
{
    /// <summary>The singleton's name: its manager is <c>/user/retention</c>, the actor <c>/user/retention/retention</c>.</summary>
    public const string Name = "retention";

    /// <summary>
    /// <see cref="RetentionActor"/> as a Cluster Singleton on the <c>worker</c> members. A node on
    /// SQLite keeps every event until an operator deletes some (<c>sloth events cleanup</c>), as before.
    /// </summary>
    public static AkkaConfigurationBuilder WithRetentionSingleton(this AkkaConfigurationBuilder akka, NodeOptions options, IServiceProvider services)
    {
        var maintenance = services.GetRequiredService<IEventMaintenance>();
        var time = services.GetRequiredService<TimeProvider>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("SlothActors.Cluster");
        var cluster = options.Cluster;
        return akka.WithSingleton<RetentionActor>(
            Name,
            Props.Create(() => new RetentionActor(maintenance, cluster, time, log)),
            new ClusterSingletonOptions { Role = SingleNodeCluster.WorkerRole },
            createProxyToo: false);
    }
}
