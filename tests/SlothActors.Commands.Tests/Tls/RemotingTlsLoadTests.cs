using System.Security.Cryptography.X509Certificates;
using SlothActors.Commands.Tls;
using SlothActors.TestKit.Tls;

namespace SlothActors.Commands.Tests.Tls;

/// <summary>What <see cref="RemotingTls.Load"/> accepts, and the one-line reason for each thing it refuses.</summary>
public sealed class RemotingTlsLoadTests : IDisposable
{
    private readonly TestCa _ca = TestCa.Create("Cluster CA");
    private readonly TlsFolder _folder = new();

    public void Dispose()
    {
        _folder.Dispose();
        _ca.Dispose();
    }

    [Fact]
    public void A_pfx_with_the_ca_beside_it_loads_as_mutual_tls_trusting_that_ca_without_hostname_checks()
    {
        using var node = _ca.Issue("node1");
        var pfx = _folder.WritePfx("node1.pfx", node);
        _ca.WriteCertificate(_folder.File("ca.crt"));

        var loaded = RemotingTls.Load(new TlsSettings(pfx, TlsFolder.Password));

        loaded.Subject.ShouldBe("CN=node1");
        loaded.CertificateFile.ShouldBe(pfx);
        loaded.Setup.Certificate.Thumbprint.ShouldBe(node.Thumbprint);
        (loaded.Setup.RequireMutualAuthentication, loaded.Setup.SuppressValidation, loaded.Setup.ValidateCertificateHostname).ShouldBe((true, false, false));
        loaded.Setup.CustomValidator.ShouldNotBeNull("trust is the private CA, not Akka's check against the machine's store");
        loaded.Hocon.GetBoolean("akka.remote.dot-netty.tcp.enable-ssl").ShouldBeTrue();
        loaded.Hocon.GetBoolean("akka.remote.dot-netty.tcp.ssl.require-mutual-authentication").ShouldBeTrue();
        loaded.Hocon.GetBoolean("akka.remote.dot-netty.tcp.ssl.validate-certificate-hostname", true).ShouldBeFalse();
    }

    [Fact]
    public void A_folder_gives_the_usable_certificate_issued_last_and_its_ca()
    {
        var now = DateTimeOffset.UtcNow;
        using var older = _ca.Issue("node1-old", notBefore: now.AddDays(-5));
        using var newer = _ca.Issue("node1-new", notBefore: now.AddDays(-1));
        using var expired = _ca.Issue("node1-expired", notBefore: now.AddDays(-2), notAfter: now.AddHours(-1));
        _folder.WritePfx("a.pfx", newer);
        _folder.WritePfx("b.p12", older);
        _folder.WritePfx("c.pfx", expired);
        _ca.WriteCertificate(_folder.File("ca.crt"));

        var loaded = RemotingTls.Load(new TlsSettings(_folder.Path, TlsFolder.Password));

        loaded.Subject.ShouldBe("CN=node1-new");
        loaded.CertificateFile.ShouldBe(_folder.File("a.pfx"));
        loaded.Setup.Certificate.Thumbprint.ShouldBe(newer.Thumbprint, "the pick checked at start is the one presented");
    }

    [Fact]
    public void A_ca_given_elsewhere_is_used_instead_of_the_one_beside_the_certificate()
    {
        using var other = TestCa.Create("Other CA");
        using var node = _ca.Issue("node1");
        var pfx = _folder.WritePfx("node1.pfx", node);
        other.WriteCertificate(_folder.File("ca.crt"));
        var caElsewhere = _ca.WriteCertificate(_folder.File("cluster-ca.pem"));

        RemotingTls.Load(new TlsSettings(pfx, TlsFolder.Password, caElsewhere)).Subject.ShouldBe("CN=node1");
    }

    [Fact]
    public void A_missing_certificate_is_refused_naming_the_flag_and_how_to_make_one()
    {
        var missing = _folder.File("nope.pfx");
        var message = Refusal(new TlsSettings(missing, TlsFolder.Password));
        message.ShouldBe($"--tls-cert '{missing}' does not exist: give the PKCS#12 file (.pfx/.p12) with this process's certificate and private key, or a folder holding one (cluster-config/make-certs.sh makes them)");
    }

    [Fact]
    public void A_wrong_password_is_refused_without_repeating_it()
    {
        using var node = _ca.Issue("node1");
        var pfx = _folder.WritePfx("node1.pfx", node);
        _ca.WriteCertificate(_folder.File("ca.crt"));

        var message = Refusal(new TlsSettings(pfx, "wrong-horse-battery"));

        message.ShouldBe($"--tls-cert '{pfx}' cannot be opened with the password given (--tls-password / SLOTH_TLS_PASSWORD): check the password");
        message.ShouldNotContain("wrong-horse-battery");
        Refusal(new TlsSettings(pfx)).ShouldContain("needs a password: give --tls-password");
    }

    [Fact]
    public void A_file_that_is_not_pkcs12_is_refused_saying_what_it_must_be()
    {
        var pem = _ca.WriteCertificate(_folder.File("node1.pfx"));
        Refusal(new TlsSettings(pem, TlsFolder.Password)).ShouldStartWith($"--tls-cert '{pem}' is not a PKCS#12 file (.pfx/.p12)");
    }

    [Fact]
    public void A_certificate_without_its_private_key_is_refused()
    {
        using var node = _ca.Issue("node1");
        using var publicOnly = X509CertificateLoader.LoadCertificate(node.RawData);
        var pfx = _folder.WritePfx("node1.pfx", publicOnly);
        _ca.WriteCertificate(_folder.File("ca.crt"));

        Refusal(new TlsSettings(pfx, TlsFolder.Password)).ShouldStartWith($"--tls-cert '{pfx}' (CN=node1) holds no private key");
    }

    [Fact]
    public void An_expired_certificate_is_refused_with_its_end_date()
    {
        var now = DateTimeOffset.UtcNow;
        using var node = _ca.Issue("node1", notBefore: now.AddDays(-10), notAfter: now.AddDays(-1));
        var pfx = _folder.WritePfx("node1.pfx", node);
        _ca.WriteCertificate(_folder.File("ca.crt"));

        var message = Refusal(new TlsSettings(pfx, TlsFolder.Password));

        message.ShouldStartWith($"--tls-cert '{pfx}' (CN=node1) expired on {node.NotAfter.ToUniversalTime():yyyy-MM-dd HH:mm:ss}Z");
        message.ShouldContain("make a new one (cluster-config/make-certs.sh)");
    }

    [Fact]
    public void A_certificate_for_server_authentication_only_is_refused_since_mutual_tls_presents_it_both_ways()
    {
        using var node = _ca.Issue("node1", clientAuth: false);
        var pfx = _folder.WritePfx("node1.pfx", node);
        _ca.WriteCertificate(_folder.File("ca.crt"));

        Refusal(new TlsSettings(pfx, TlsFolder.Password)).ShouldContain("does not allow both client and server authentication");
    }

    [Fact]
    public void No_ca_beside_the_certificate_is_refused_naming_where_it_was_looked_for()
    {
        using var node = _ca.Issue("node1");
        var pfx = _folder.WritePfx("node1.pfx", node);

        Refusal(new TlsSettings(pfx, TlsFolder.Password))
            .ShouldBe($"no CA certificate beside --tls-cert at '{_folder.File("ca.crt")}': put the private CA's certificate there, or give --tls-ca FILE");
        Refusal(new TlsSettings(pfx, TlsFolder.Password, _folder.File("missing.crt"))).ShouldStartWith($"--tls-ca '{_folder.File("missing.crt")}' does not exist");
    }

    [Fact]
    public void A_ca_file_that_is_a_leaf_certificate_is_refused_as_not_a_ca()
    {
        using var node = _ca.Issue("node1");
        var pfx = _folder.WritePfx("node1.pfx", node);
        File.WriteAllText(_folder.File("ca.crt"), node.ExportCertificatePem());

        Refusal(new TlsSettings(pfx, TlsFolder.Password)).ShouldContain("(CN=node1) is not a CA certificate");
    }

    [Fact]
    public void A_certificate_issued_by_another_ca_is_refused_naming_both()
    {
        using var other = TestCa.Create("Other CA");
        using var node = other.Issue("intruder");
        var pfx = _folder.WritePfx("intruder.pfx", node);
        _ca.WriteCertificate(_folder.File("ca.crt"));

        var message = Refusal(new TlsSettings(pfx, TlsFolder.Password));

        message.ShouldStartWith($"--tls-cert '{pfx}': certificate 'CN=intruder' (issued by 'CN=Other CA') is not issued by the cluster's CA 'CN=Cluster CA'");
        message.ShouldEndWith("give a certificate from this cluster's CA, or --tls-ca with the CA that issued it");
    }

    [Fact]
    public void A_folder_without_a_usable_certificate_says_why_the_first_was_refused()
    {
        using var node = _ca.Issue("node1");
        _folder.WritePfx("node1.pfx", node, password: "another");
        _ca.WriteCertificate(_folder.File("ca.crt"));

        Refusal(new TlsSettings(_folder.Path, TlsFolder.Password))
            .ShouldStartWith($"--tls-cert folder '{_folder.Path}' holds no usable certificate; the first refused: --tls-cert '{_folder.File("node1.pfx")}' cannot be opened");
        File.Delete(_folder.File("node1.pfx"));
        Refusal(new TlsSettings(_folder.Path, TlsFolder.Password)).ShouldStartWith($"--tls-cert folder '{_folder.Path}' holds no .pfx or .p12 file");
    }

    [Fact]
    public void The_settings_never_print_the_password()
    {
        var settings = new TlsSettings("/certs/node1.pfx", "s3cret-pw", "/certs/ca.crt");
        settings.ToString().ShouldNotContain("s3cret-pw");
        settings.ToString().ShouldContain("Password = ***");
    }

    private static string Refusal(TlsSettings settings) =>
        Should.Throw<TlsSettingsException>(() => RemotingTls.Load(settings)).Message;
}
