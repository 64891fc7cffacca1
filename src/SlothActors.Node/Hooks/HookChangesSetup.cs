using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hooks;

namespace SlothActors.Node.Hooks;

internal static class HookChangesSetup
{
    /// <summary>
    /// DistributedPubSub on every member (whatever its roles: any node may change the hooks, and
    /// every node runs them) and this node's <see cref="HookChangesActor"/>, registered under its own type.
    /// </summary>
    public static AkkaConfigurationBuilder WithHookChanges(this AkkaConfigurationBuilder akka, IServiceProvider services)
    {
        var registry = services.GetRequiredService<IHookRegistryProvider>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("SlothActors.Hooks");
        return akka
            .WithDistributedPubSub(role: "")
            .WithActors((system, actors) =>
                actors.Register<HookChangesActor>(system.ActorOf(Props.Create(() => new HookChangesActor(registry, log, HookReloadTimings.Default)), "hook-changes")));
    }
}
