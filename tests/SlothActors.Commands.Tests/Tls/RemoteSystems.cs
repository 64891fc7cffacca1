using Akka.Actor;
using Akka.Actor.Setup;
using Akka.Configuration;
using Akka.Remote.Transport.DotNetty;
using SlothActors.Commands.Tls;

namespace SlothActors.Commands.Tests.Tls;

/// <summary>Plain remoting actor systems on 127.0.0.1 and a free port, with or without TLS.</summary>
internal static class RemoteSystems
{
    private static readonly Config Base = ConfigurationFactory.ParseString("""
        akka.actor.provider = remote
        akka.remote.dot-netty.tcp.hostname = 127.0.0.1
        akka.remote.dot-netty.tcp.port = 0
        akka.loglevel = INFO
        akka.stdout-loglevel = OFF
        akka.coordinated-shutdown.run-by-clr-shutdown-hook = off
        """);

    /// <param name="extra">Settings laid over the others (a shorter handshake timeout, say).</param>
    public static ActorSystem Start(string name, LoadedTls? tls, Config? extra = null)
    {
        var hocon = tls is null ? extra : extra is null ? tls.Hocon : extra.WithFallback(tls.Hocon);
        return Start(name, hocon, tls?.Setup);
    }

    /// <summary>A system with TLS set up by hand, to play a peer our loader would never produce.</summary>
    public static ActorSystem Start(string name, Config? hocon, DotNettySslSetup? setup)
    {
        var bootstrap = BootstrapSetup.Create().WithConfig(hocon is null ? Base : hocon.WithFallback(Base));
        return ActorSystem.Create(name, setup is null ? ActorSystemSetup.Create(bootstrap) : bootstrap.And(setup));
    }

    /// <summary>An <see cref="Echo"/> at <c>/user/echo</c>, and the task that completes when anything reaches it.</summary>
    public static TaskCompletionSource<object> StartEcho(ActorSystem system)
    {
        var reached = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
        system.ActorOf(Props.Create(() => new Echo(reached)), "echo");
        return reached;
    }

    public static Address AddressOf(ActorSystem system) => ((ExtendedActorSystem)system).Provider.DefaultAddress;

    public static Config SslHocon(bool requireMutualAuthentication) => ConfigurationFactory.ParseString($$"""
        akka.remote.dot-netty.tcp.enable-ssl = true
        akka.remote.dot-netty.tcp.ssl.require-mutual-authentication = {{(requireMutualAuthentication ? "true" : "false")}}
        """);
}
