using Akka.Configuration;
using Akka.Remote.Transport.DotNetty;

namespace SlothActors.Commands.Tls;

/// <summary>
/// A checked remoting identity, ready for an actor system: add <see cref="Setup"/> to the
/// system's setup (Akka.Hosting: <c>builder.AddSetup(Setup)</c>; plain:
/// <c>BootstrapSetup...And(Setup)</c>) and lay <see cref="Hocon"/> over its configuration.
/// </summary>
public sealed class LoadedTls
{
    internal LoadedTls(DotNettySslSetup setup, string subject, string certificateFile)
    {
        Setup = setup;
        Subject = subject;
        CertificateFile = certificateFile;
    }

    /// <summary>The certificate to present and the trust in the private CA, on both sides of every connection.</summary>
    public DotNettySslSetup Setup { get; }

    /// <summary>Turns TLS on for the transport; the certificate and trust come from <see cref="Setup"/>, which Akka prefers to HOCON.</summary>
    public Config Hocon { get; } = ConfigurationFactory.ParseString(RemotingTls.HoconText);

    /// <summary>The certificate's subject, for log lines and errors.</summary>
    public string Subject { get; }

    /// <summary>The file the certificate came from (a folder's pick at start).</summary>
    public string CertificateFile { get; }

    public override string ToString() => $"{Subject} ({CertificateFile})";
}
