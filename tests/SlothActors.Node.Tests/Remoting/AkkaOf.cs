using Akka.Actor;
using Akka.Cluster;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace SlothActors.Node.Tests.Remoting;

/// <summary>The actor system and the Akka.Cluster view of a node the tests started in-process.</summary>
internal static class AkkaOf
{
    public static ActorSystem System(WebApplication app) => app.Services.GetRequiredService<ActorSystem>();

    public static Akka.Cluster.Cluster Cluster(WebApplication app) => Akka.Cluster.Cluster.Get(System(app));

    /// <summary>How many members the node sees up (itself included).</summary>
    public static int UpCount(WebApplication app) => Cluster(app).State.Members.Count(member => member.Status == MemberStatus.Up);
}
