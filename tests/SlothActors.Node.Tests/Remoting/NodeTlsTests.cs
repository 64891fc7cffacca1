using Akka.Actor;
using Akka.Configuration;
using SlothActors.Commands.Tls;
using SlothActors.Node.Remoting;
using SlothActors.Node.Tests.Api;

namespace SlothActors.Node.Tests.Remoting;

/// <summary>A whole node with mutual TLS on its remoting, bound beyond loopback as in compose.</summary>
public sealed class NodeTlsTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static readonly Config ClientConfig = ConfigurationFactory.ParseString("""
        akka.actor.provider = remote
        akka.remote.dot-netty.tcp.hostname = 127.0.0.1
        akka.remote.dot-netty.tcp.port = 0
        akka.loglevel = WARNING
        akka.coordinated-shutdown.run-by-clr-shutdown-hook = off
        """);

    private readonly NodeTlsFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_node_with_a_certificate_listens_on_akka_ssl_tcp_and_answers_a_client_of_its_ca_but_not_one_of_another()
    {
        await using var node = new EngineNode(followHooks: false, configure: options => options with
        {
            RemoteHost = "0.0.0.0",
            AdvertiseHost = "127.0.0.1",
            TlsCert = _files.NodeCert,
            TlsPassword = NodeTlsFiles.Password,
        });
        await node.InitializeAsync();
        var address = AkkaOf.Cluster(node.App).SelfAddress;
        address.Protocol.ShouldBe("akka.ssl.tcp");
        (await node.GetJsonAsync("/health")).GetProperty("node").GetProperty("address").GetString().ShouldBe(address.ToString());

        var cli = Client("cli", _files.CliCert);
        var stranger = Client("stranger", _files.StrangerCert);
        try
        {
            var guardian = await cli.ActorSelection(new RootActorPath(address) / "system").ResolveOne(Patience);
            guardian.Path.Address.ShouldBe(address);

            await Should.ThrowAsync<Exception>(() => stranger.ActorSelection(new RootActorPath(address) / "system").ResolveOne(TimeSpan.FromSeconds(3)));
        }
        finally
        {
            await Task.WhenAll(cli.Terminate(), stranger.Terminate());
        }
    }

    [Fact]
    public async Task A_system_ended_by_a_failed_outbound_handshake_is_told_apart_from_one_stopped_in_good_order()
    {
        // A peer from another CA: the node's own check of it fails, and Akka ends the node's system.
        var stranger = Client("stranger", _files.StrangerCert);
        var node = Client("node", _files.NodeCert);
        try
        {
            var strangerAddress = ((ExtendedActorSystem)stranger).Provider.DefaultAddress;
            await Should.ThrowAsync<Exception>(() => node.ActorSelection(new RootActorPath(strangerAddress) / "system").ResolveOne(TimeSpan.FromSeconds(3)));
            (await Task.WhenAny(node.WhenTerminated, Task.Delay(Patience))).ShouldBe(node.WhenTerminated);

            TlsHandshakeStop.Describe(node).ShouldNotBeNull().ShouldStartWith("this node's Akka remoting stopped: TLS handshake failed on outbound connection to");
            await stranger.Terminate();
            TlsHandshakeStop.Describe(stranger).ShouldBeNull("a system terminated in good order");
        }
        finally
        {
            await Task.WhenAll(node.Terminate(), stranger.Terminate());
        }
    }

    private static ActorSystem Client(string name, string certificate)
    {
        var tls = RemotingTls.Load(new TlsSettings(certificate, NodeTlsFiles.Password));
        return ActorSystem.Create(name, BootstrapSetup.Create().WithConfig(tls.Hocon.WithFallback(ClientConfig)).And(tls.Setup));
    }
}
