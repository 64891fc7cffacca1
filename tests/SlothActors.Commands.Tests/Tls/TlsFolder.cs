using System.Security.Cryptography.X509Certificates;
using SlothActors.Commands.Tls;
using SlothActors.TestKit.Tls;

namespace SlothActors.Commands.Tests.Tls;

/// <summary>A temp folder of PKCS#12 files and a <c>ca.crt</c>, laid out as make-certs.sh lays out one identity.</summary>
internal sealed class TlsFolder : IDisposable
{
    public const string Password = "test-pass-1";

    public string Path { get; } = Directory.CreateTempSubdirectory("sloth-tls-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="certificate"/> with its key as <paramref name="name"/>.</summary>
    public string WritePfx(string name, X509Certificate2 certificate, string? password = Password)
    {
        return TestCa.WritePfx(File(name), certificate, password);
    }

    /// <summary>An identity issued by <paramref name="ca"/>, with the CA beside it: what a node, agent or CLI is given.</summary>
    public static TlsFolder With(TestCa ca, string name, out TlsSettings settings)
    {
        var folder = new TlsFolder();
        using var certificate = ca.Issue(name);
        settings = new TlsSettings(folder.WritePfx($"{name}.pfx", certificate), Password);
        ca.WriteCertificate(folder.File("ca.crt"));
        return folder;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
