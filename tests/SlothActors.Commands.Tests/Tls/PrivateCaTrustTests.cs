using System.Net.Security;
using Akka.Event;
using SlothActors.Commands.Tls;
using SlothActors.TestKit.Tls;

namespace SlothActors.Commands.Tests.Tls;

/// <summary>The check run on every handshake: the private CA vouches for a peer, nothing else does.</summary>
public sealed class PrivateCaTrustTests : IDisposable
{
    private readonly TestCa _ca = TestCa.Create("Cluster CA");
    private readonly TestCa _other = TestCa.Create("Other CA");

    public void Dispose()
    {
        _ca.Dispose();
        _other.Dispose();
    }

    [Fact]
    public void A_peer_certificate_from_the_ca_is_accepted_whatever_the_machine_store_and_the_hostname_say()
    {
        using var peer = _ca.Issue("node2");
        var validator = new PrivateCaTrust(_ca.Certificate).Validator();

        // The errors SslStream reports come from the machine's store (which lacks our CA) and from
        // the name the peer was dialled by: neither is who we trust.
        validator(peer, null, "akka.ssl.tcp://sloth@10.0.0.7:4053", SslPolicyErrors.RemoteCertificateChainErrors | SslPolicyErrors.RemoteCertificateNameMismatch, NoLogger.Instance)
            .ShouldBeTrue();
    }

    [Fact]
    public void A_peer_certificate_from_another_ca_is_refused_even_when_the_connection_reports_no_error()
    {
        using var intruder = _other.Issue("intruder");
        var trust = new PrivateCaTrust(_ca.Certificate);

        trust.Validator()(intruder, null, "peer", SslPolicyErrors.None, NoLogger.Instance).ShouldBeFalse();
        trust.Check(intruder).ShouldNotBeNull().ShouldStartWith("certificate 'CN=intruder' (issued by 'CN=Other CA') is not issued by the cluster's CA 'CN=Cluster CA'");
    }

    [Fact]
    public void A_self_signed_copy_of_the_ca_name_is_refused()
    {
        using var impostor = TestCa.Create("Cluster CA");
        using var peer = impostor.Issue("node2");

        new PrivateCaTrust(_ca.Certificate).Check(peer).ShouldNotBeNull("a CA is its key, not its name");
    }

    [Fact]
    public void An_expired_peer_certificate_from_the_ca_is_refused()
    {
        var now = DateTimeOffset.UtcNow;
        using var expired = _ca.Issue("node2", notBefore: now.AddDays(-3), notAfter: now.AddDays(-1));

        new PrivateCaTrust(_ca.Certificate).Check(expired).ShouldNotBeNull().ShouldContain("NotTimeValid");
    }

    [Fact]
    public void A_peer_without_a_certificate_is_refused() =>
        new PrivateCaTrust(_ca.Certificate).Validator()(null, null, "peer", SslPolicyErrors.RemoteCertificateNotAvailable, NoLogger.Instance).ShouldBeFalse();
}
