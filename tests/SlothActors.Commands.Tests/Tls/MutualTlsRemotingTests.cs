using System.Diagnostics;
using Akka.Actor;
using Akka.Remote.Transport.DotNetty;
using SlothActors.Commands.Tls;
using SlothActors.TestKit.Tls;
using Xunit.Abstractions;

namespace SlothActors.Commands.Tests.Tls;

/// <summary>
/// Two actor systems over real sockets on 127.0.0.1: with certificates from the same private CA a
/// message goes round; a peer without TLS, or with a certificate from another CA, never reaches
/// an actor, and the side that refused it logs why.
/// </summary>
public sealed class MutualTlsRemotingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan RefusedAfter = TimeSpan.FromSeconds(3);

    private readonly TestCa _ca = TestCa.Create("Cluster CA");
    private readonly TestCa _other = TestCa.Create("Other CA");
    private readonly List<IDisposable> _folders = [];
    private readonly List<ActorSystem> _systems = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Task.WhenAll(_systems.Select(system => system.Terminate()));
        _folders.ForEach(folder => folder.Dispose());
        _ca.Dispose();
        _other.Dispose();
    }

    [Fact]
    public async Task Two_systems_with_certificates_from_the_same_ca_exchange_messages_over_akka_ssl_tcp()
    {
        var node = Start("node", Load(_ca, "node1"));
        var reached = RemoteSystems.StartEcho(node);
        var cli = Start("cli", Load(_ca, "cli"));

        var address = RemoteSystems.AddressOf(node);
        address.Protocol.ShouldBe("akka.ssl.tcp");
        var echo = await cli.ActorSelection(new RootActorPath(address) / "user" / "echo").ResolveOne(Patience);
        (await echo.Ask<string>("ping", Patience)).ShouldBe("ping");
        (await reached.Task).ShouldBe("ping");
    }

    [Fact]
    public async Task A_peer_without_tls_is_refused_and_the_node_logs_the_failed_handshake()
    {
        var node = Start("node", Load(_ca, "node1"));
        var reached = RemoteSystems.StartEcho(node);
        var nodeLog = LogCapture.Of(node);
        var plain = Start("plain", tls: null);

        var tls = RemoteSystems.AddressOf(node);
        var sameSocket = new Address("akka.tcp", tls.System, tls.Host, tls.Port);
        var (refused, error) = await RefusedAsync(plain, sameSocket);

        (await nodeLog.WaitForAsync("due to TLS handshake failure", Patience)).ShouldContain("Rejected incoming connection");
        reached.Task.IsCompleted.ShouldBeFalse("nothing may reach an actor without TLS");
        output.WriteLine($"plain peer refused after {refused.TotalMilliseconds:F0} ms ({error.GetType().Name}: {error.Message})");
    }

    [Fact]
    public async Task A_client_presenting_a_certificate_from_another_ca_is_refused_by_the_node_which_logs_why()
    {
        var node = Start("node", Load(_ca, "node1"));
        var reached = RemoteSystems.StartEcho(node);
        var nodeLog = LogCapture.Of(node);

        // An intruder with a certificate of its own making, which accepts any server: only the
        // node's check of the client certificate stands between it and the actors.
        using var intruderCertificate = _other.Issue("intruder");
        var intruder = RemoteSystems.Start(
            "intruder", RemoteSystems.SslHocon(requireMutualAuthentication: true), new DotNettySslSetup(intruderCertificate, suppressValidation: true, requireMutualAuthentication: true));
        _systems.Add(intruder);

        var (refused, error) = await RefusedAsync(intruder, RemoteSystems.AddressOf(node));

        var why = await nodeLog.WaitForAsync("refused: certificate 'CN=intruder'", Patience);
        why.ShouldContain("is not issued by the cluster's CA 'CN=Cluster CA'");
        reached.Task.IsCompleted.ShouldBeFalse("nothing may reach an actor from another CA's certificate");
        output.WriteLine($"intruder refused after {refused.TotalMilliseconds:F0} ms ({error.GetType().Name}: {error.Message}); node logged: {why}");
    }

    [Fact]
    public async Task A_client_presenting_no_certificate_is_refused_by_the_node()
    {
        var node = Start("node", Load(_ca, "node1"));
        var reached = RemoteSystems.StartEcho(node);
        var nodeLog = LogCapture.Of(node);
        using var serverOnly = _other.Issue("anonymous");
        var anonymous = RemoteSystems.Start(
            "anonymous", RemoteSystems.SslHocon(requireMutualAuthentication: false), new DotNettySslSetup(serverOnly, suppressValidation: true, requireMutualAuthentication: false));
        _systems.Add(anonymous);

        await RefusedAsync(anonymous, RemoteSystems.AddressOf(node));

        (await nodeLog.WaitForAsync("did not provide a certificate", Patience)).ShouldContain("Mutual TLS required");
        reached.Task.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task A_client_refuses_a_node_whose_certificate_is_from_another_ca_and_akka_then_shuts_the_client_down()
    {
        // A node that accepts any client: only the client's own check of the node's certificate
        // can refuse it.
        using var nodeCertificate = _ca.Issue("node1");
        var node = RemoteSystems.Start(
            "node", RemoteSystems.SslHocon(requireMutualAuthentication: true), new DotNettySslSetup(nodeCertificate, suppressValidation: true, requireMutualAuthentication: true));
        _systems.Add(node);
        var reached = RemoteSystems.StartEcho(node);
        var cli = Start("cli", Load(_other, "cli"));
        var cliLog = LogCapture.Of(cli);

        var (refused, error) = await RefusedAsync(cli, RemoteSystems.AddressOf(node));

        var why = await cliLog.WaitForAsync("refused: certificate 'CN=node1'", Patience);
        why.ShouldContain("is not issued by the cluster's CA 'CN=Other CA'");
        reached.Task.IsCompleted.ShouldBeFalse();

        // Akka.Remote ends the whole actor system when a handshake it started fails: a CLI that
        // talks to the wrong cluster cannot go on, and has to tell the user from that log line.
        (await Task.WhenAny(cli.WhenTerminated, Task.Delay(Patience))).ShouldBe(cli.WhenTerminated, "Akka ends a system whose outbound TLS handshake failed");
        output.WriteLine($"client refused the node after {refused.TotalMilliseconds:F0} ms ({error.GetType().Name}); it logged: {why}");
    }

    [Fact]
    public async Task A_tls_client_dialling_a_peer_without_tls_gets_nothing_through_and_akka_shuts_the_client_down()
    {
        // Neither side says anything the other understands, so nothing happens until the plain
        // side gives up on Akka's handshake and closes the connection; that close fails the
        // client's TLS handshake. Over DotNetty the handshake's timeout is the transport's
        // connection-timeout (15 s by default), 2 s here.
        var quickHandshake = Akka.Configuration.ConfigurationFactory.ParseString("akka.remote.dot-netty.tcp.connection-timeout = 2s");
        var plain = Start("plain", tls: null, quickHandshake);
        var reached = RemoteSystems.StartEcho(plain);
        var cli = Start("cli", Load(_ca, "cli"), quickHandshake);

        var address = RemoteSystems.AddressOf(plain);
        var clock = Stopwatch.StartNew();
        var (refused, error) = await RefusedAsync(cli, new Address("akka.ssl.tcp", address.System, address.Host, address.Port));

        reached.Task.IsCompleted.ShouldBeFalse();
        (await Task.WhenAny(cli.WhenTerminated, Task.Delay(Patience))).ShouldBe(cli.WhenTerminated, "Akka ends a system whose outbound TLS handshake failed");
        output.WriteLine($"refused after {refused.TotalMilliseconds:F0} ms ({error.GetType().Name}); the client ended after {clock.ElapsedMilliseconds} ms");
    }

    private LoadedTls Load(TestCa ca, string name)
    {
        _folders.Add(TlsFolder.With(ca, name, out var settings));
        return RemotingTls.Load(settings);
    }

    private ActorSystem Start(string name, LoadedTls? tls, Akka.Configuration.Config? extra = null)
    {
        var system = RemoteSystems.Start(name, tls, extra);
        _systems.Add(system);
        return system;
    }

    /// <summary>Asks for the echo actor at <paramref name="address"/> and requires that the ask fails; returns how long failing took, and how.</summary>
    private static async Task<(TimeSpan Took, Exception Error)> RefusedAsync(ActorSystem client, Address address)
    {
        var clock = Stopwatch.StartNew();
        var error = await Should.ThrowAsync<Exception>(() => client.ActorSelection(new RootActorPath(address) / "user" / "echo").ResolveOne(RefusedAfter));
        return (clock.Elapsed, error);
    }
}
