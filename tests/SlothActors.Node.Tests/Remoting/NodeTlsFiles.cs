using SlothActors.TestKit;
using SlothActors.TestKit.Tls;

namespace SlothActors.Node.Tests.Remoting;

/// <summary>
/// A private CA and what make-certs.sh would give a node and the CLI, in a temp dir:
/// <c>node1/node1.pfx</c> and <c>cli/cli.pfx</c>, each with <c>ca.crt</c> beside it; and a
/// stranger's certificate from another CA.
/// </summary>
internal sealed class NodeTlsFiles : IDisposable
{
    public const string Password = "node-tls-test";

    private readonly TempDirectory _dir = new("sloth-node-tls");

    public NodeTlsFiles()
    {
        using var ca = TestCa.Create("Cluster CA");
        using var other = TestCa.Create("Other CA");
        NodeCert = Identity(ca, "node1");
        CliCert = Identity(ca, "cli");
        StrangerCert = Identity(other, "stranger");
    }

    public string NodeCert { get; }

    public string CliCert { get; }

    public string StrangerCert { get; }

    public void Dispose() => _dir.Dispose();

    private string Identity(TestCa ca, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.Path, name)).FullName;
        using var certificate = ca.Issue(name);
        ca.WriteCertificate(Path.Combine(folder, "ca.crt"));
        return TestCa.WritePfx(Path.Combine(folder, $"{name}.pfx"), certificate, Password);
    }
}
