using SlothActors.Integration.Tests.Processes;
using SlothActors.TestKit;

namespace SlothActors.Integration.Tests.Scenarios;

/// <summary>
/// A node whose remoting is mutual TLS (certificates from cluster-config/make-certs.sh) answers a
/// CLI holding a certificate of its CA, and refuses, with a reason that says what to change, a
/// CLI without a certificate and one whose certificate comes from another CA.
/// </summary>
public sealed class TlsCliTests : IAsyncLifetime
{
    private const string Password = "tls-test-pw";
    private readonly TempDirectory _ours = new("sloth-it-ca-");
    private readonly TempDirectory _theirs = new("sloth-it-other-ca-");
    private NodeProcess _node = null!;

    public async Task InitializeAsync()
    {
        foreach (var dir in new[] { _ours.Path, _theirs.Path })
        {
            var made = await SlothCommand.RunProcessAsync(
                "bash", [Path.Combine(Repo.Root, "cluster-config", "make-certs.sh"), dir, "--password", Password], new Dictionary<string, string?>(), Repo.Root);
            made.ExitCode.ShouldBe(0, made.ToString());
        }

        _node = await NodeProcess.StartAsync(null, "--tls-cert", Path.Combine(_ours.Path, "node1"), "--tls-password", Password);
    }

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        Directory.Delete(_node.DataDir, recursive: true);
        _ours.Dispose();
        _theirs.Dispose();
    }

    [Fact]
    public async Task A_cli_with_a_certificate_of_the_cluster_ca_is_answered_over_akka_ssl_tcp()
    {
        _node.RemoteAddress.ShouldStartWith("akka.ssl.tcp://sloth@127.0.0.1:");
        var show = await SlothCommand.RunAsync(Env(Path.Combine(_ours.Path, "cli")), "cluster", "show");
        show.ExitCode.ShouldBe(0, show.ToString());
        show.Out.ShouldBe($"{_node.RemoteAddress} | [worker] | up | reachable\nCount: 1 nodes\n");
    }

    [Fact]
    public async Task A_cli_without_a_certificate_is_refused_and_told_to_pass_one()
    {
        var plain = await SlothCommand.RunAsync(Env(certificate: null), "hook", "list");
        plain.ExitCode.ShouldBe(1, plain.ToString());
        plain.Error.ShouldContain("pass --tls-cert");
        plain.Error.TrimEnd('\n').ShouldNotContain("\n");
    }

    [Fact]
    public async Task A_cli_with_a_certificate_of_another_ca_is_refused_by_the_handshake()
    {
        var stranger = await SlothCommand.RunAsync(Env(Path.Combine(_theirs.Path, "cli")), "hook", "list");
        stranger.ExitCode.ShouldBe(1, stranger.ToString());
        stranger.Error.ShouldStartWith("the TLS handshake with ");
        stranger.Error.TrimEnd('\n').ShouldNotContain("\n");
        _node.HasExited.ShouldBeFalse("a refused handshake must not stop the node");
        _node.Log.ShouldNotContain(Password);
    }

    private Dictionary<string, string?> Env(string? certificate)
    {
        var env = new Dictionary<string, string?> { ["SLOTH_NODE"] = _node.RemoteAddress.Replace("akka.ssl.tcp://sloth@", "", StringComparison.Ordinal) };
        if (certificate is not null)
        {
            env["SLOTH_TLS_CERT"] = certificate;
            env["SLOTH_TLS_PASSWORD"] = Password;
        }

        return env;
    }
}
