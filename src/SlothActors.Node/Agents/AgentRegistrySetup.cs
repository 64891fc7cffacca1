using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SlothActors.Commands.Agents;
using SlothActors.Events.Ingress;

namespace SlothActors.Node.Agents;

/// <summary>Starts the node's <see cref="AgentRegistryActor"/> with the node, registered under its own type.</summary>
internal static class AgentRegistrySetup
{
    public static AkkaConfigurationBuilder WithAgentRegistry(this AkkaConfigurationBuilder akka, IServiceProvider services) =>
        akka.WithActors((system, actors) =>
        {
            // Resolved at the first change: the ingress needs the engine, which needs this actor system.
            var ingress = new Lazy<IEventIngress>(services.GetRequiredService<IEventIngress>);
            actors.Register<AgentRegistryActor>(
                system.ActorOf(AgentRegistryActor.Props(() => ingress.Value, services.GetRequiredService<TimeProvider>()), "agents"));
        });

    /// <summary>The agents as the registry sees them now.</summary>
    public static Task<AgentList> ReadAsync(ActorRegistry actors, CancellationToken cancellationToken) =>
        actors.Get<AgentRegistryActor>().Ask<AgentList>(ReadAgents.Instance, TimeSpan.FromSeconds(5), cancellationToken);
}
