using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;
using SlothActors.Node.Remoting;
using SlothActors.Node.Tests.Cli;
using SlothActors.Node.Tests.Hosting;

namespace SlothActors.Node.Tests.Remoting;

/// <summary>The TLS settings of a node's remoting: where they are read from, and what they allow and refuse at start.</summary>
public sealed class RemotingTlsOptionsTests : IDisposable
{
    private readonly NodeTlsFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void The_environment_and_the_settings_file_give_the_certificate_its_password_and_the_ca()
    {
        var fromEnvironment = NodeOptionsReaderTests.Read(("TLS_CERT", "/certs/node1.pfx"), ("TLS_PASSWORD", "pw-1"), ("TLS_CA", "/certs/ca.crt"));
        (fromEnvironment.TlsCert, fromEnvironment.TlsPassword, fromEnvironment.TlsCa).ShouldBe(("/certs/node1.pfx", "pw-1", "/certs/ca.crt"));
        fromEnvironment.HasTls.ShouldBeTrue();

        var fromFile = NodeOptionsReaderTests.Read(("Node:TlsCert", "/etc/sloth/tls"), ("Node:TlsPassword", "pw-2"), ("TLS_CERT", "/override.pfx"));
        (fromFile.TlsCert, fromFile.TlsPassword, fromFile.TlsCa).ShouldBe(("/override.pfx", "pw-2", (string?)null), "the environment wins, as for every setting");

        NodeOptionsReaderTests.Read().HasTls.ShouldBeFalse();
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    public void Remoting_beyond_loopback_is_accepted_with_tls_and_refused_without(string host)
    {
        var options = new NodeOptions { RemoteHost = host };

        Should.Throw<NodeOptionsException>(() => StorageRules.Check(options)).Message.ShouldStartWith($"refusing to bind Akka remoting on {host} without TLS");
        Should.NotThrow(() => StorageRules.Check(options with { TlsCert = _files.NodeCert, TlsPassword = NodeTlsFiles.Password }));
    }

    [Fact]
    public void A_bad_tls_setting_stops_the_node_at_start_with_the_loaders_reason()
    {
        var options = new NodeOptions { RemoteHost = "0.0.0.0", TlsCert = _files.NodeCert, TlsPassword = "not-it" };

        var message = Should.Throw<NodeOptionsException>(() => StorageRules.Check(options)).Message;

        message.ShouldBe($"--tls-cert '{_files.NodeCert}' cannot be opened with the password given (--tls-password / SLOTH_TLS_PASSWORD): check the password");
        Should.Throw<NodeOptionsException>(() => StorageRules.Check(options with { TlsPassword = NodeTlsFiles.Password, TlsCa = _files.StrangerCert.Replace("stranger.pfx", "ca.crt", StringComparison.Ordinal) }))
            .Message.ShouldContain("is not issued by the cluster's CA 'CN=Other CA'");
    }

    [Fact]
    public void A_ca_without_a_certificate_is_refused_rather_than_leaving_remoting_plain() =>
        Should.Throw<NodeOptionsException>(() => StorageRules.Check(new NodeOptions { TlsCa = "/certs/ca.crt" }))
            .Message.ShouldBe("--tls-ca is given without --tls-cert: give the node's certificate too, or neither");

    [Fact]
    public void The_options_print_that_a_tls_password_is_set_but_never_the_password()
    {
        var text = new NodeOptions { TlsCert = "/certs/node1.pfx", TlsPassword = "hunter2-tls" }.ToString();

        text.ShouldNotContain("hunter2-tls");
        text.ShouldContain("TlsCert = /certs/node1.pfx, TlsPassword = ***");
    }

    [Fact]
    public async Task Node_run_reads_tls_cert_and_refuses_a_missing_file_in_one_line_before_creating_its_data_dir()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), $"sloth-refused-{Guid.NewGuid():N}");
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.pfx");

        var (code, _, error) = await Sloth.RunAsync("node", "run", "--remote-host", "0.0.0.0", "--tls-cert", missing, "--tls-password", "x", "--port", "0", "--data-dir", dataDir);

        code.ShouldBe(1);
        error.ShouldStartWith($"--tls-cert '{missing}' does not exist");
        error.TrimEnd('\n').ShouldNotContain("\n");
        Directory.Exists(dataDir).ShouldBeFalse();
    }

    [Theory]
    [InlineData("akka.tcp://sloth@node1:4053", true, "akka.ssl.tcp://sloth@node1:4053")]
    [InlineData("akka.ssl.tcp://sloth@node1:4053", false, "akka.tcp://sloth@node1:4053")]
    [InlineData("akka.ssl.tcp://sloth@node1:4053", true, "akka.ssl.tcp://sloth@node1:4053")]
    [InlineData("akka.trttl.tcp://sloth@node1:4053", false, "akka.trttl.tcp://sloth@node1:4053")]
    [InlineData("node1:4053", true, "akka.ssl.tcp://sloth@node1:4053")]
    public void A_seed_is_reached_over_this_nodes_own_transport(string seed, bool tls, string reached) =>
        SeedAddresses.OnTransport(seed, tls).ShouldBe(reached);
}
