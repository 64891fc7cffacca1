using Akka.Actor;
using Akka.Remote;
using Akka.Remote.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SlothActors.Node.Remoting;
using SlothActors.Node.Tests.Cluster;

namespace SlothActors.Node.Tests.Remoting;

/// <summary>
/// Cuts test nodes apart on the network with Akka's throttler transport adapter: their remoting
/// traffic is dropped (a blackhole) while each still reaches the database. Every node of such a
/// test must be started with <see cref="Throttle"/>; its addresses then read <c>akka.trttl.tcp://</c>.
/// </summary>
internal static class RemotingCut
{
    private static readonly ExtraAkkaHocon Throttled = new("akka.remote.dot-netty.tcp.applied-adapters = [trttl]");

    /// <summary>The <c>configure</c> of <see cref="ClusterTestNode.StartAsync"/> that puts the throttler under remoting.</summary>
    public static void Throttle(WebApplicationBuilder builder) => builder.Services.AddSingleton(Throttled);

    /// <summary>Drops all remoting traffic between the two nodes, both ways, at both ends.</summary>
    public static async Task BlackholeAsync(ClusterTestNode one, ClusterTestNode other)
    {
        foreach (var (from, to) in new[] { (one, other), (other, one) })
        {
            var transport = ((RemoteActorRefProvider)((ExtendedActorSystem)AkkaOf.System(from.App)).Provider).Transport;
            var address = AkkaOf.Cluster(to.App).SelfAddress;
            (await transport.ManagementCommand(new SetThrottle(address, ThrottleTransportAdapter.Direction.Both, Blackhole.Instance)))
                .ShouldBeTrue($"the blackhole from {from.Name} to {to.Name}");
        }
    }
}
