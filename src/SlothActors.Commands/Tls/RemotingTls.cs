using Akka.Remote.Transport.DotNetty;

namespace SlothActors.Commands.Tls;

/// <summary>
/// Mutual TLS for Akka remoting with a private CA, the same for a node, an agent and the CLI:
/// each presents a certificate issued by the cluster's CA and accepts a peer only when the
/// peer's certificate is issued by that CA too. Hostnames are not checked: nodes are reached by
/// IP or service name, and the CA is what vouches for a peer.
/// </summary>
public static class RemotingTls
{
    internal const string HoconText = """
        akka.remote.dot-netty.tcp {
          enable-ssl = true
          ssl {
            suppress-validation = false
            require-mutual-authentication = true
            validate-certificate-hostname = false
          }
        }
        """;

    /// <summary>
    /// Loads and checks everything up front, so that a bad setting stops the process at start
    /// rather than failing every connection later.
    /// </summary>
    /// <exception cref="TlsSettingsException">
    /// The certificate is missing, not PKCS#12, needs another password, has no private key, is
    /// out of date or not allowed for both TLS roles; the CA is missing or not a CA; or the
    /// certificate is not issued by the CA. The message names the file and flag and says what to do.
    /// </exception>
    public static LoadedTls Load(TlsSettings settings) => Load(settings, TimeProvider.System);

    internal static LoadedTls Load(TlsSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            throw new TlsSettingsException($"{TlsFlags.Certificate} is empty: give the PKCS#12 file (.pfx/.p12) with this process's certificate, or a folder holding one");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var (certificate, file) = IdentityCertificate.Load(settings.CertificatePath, settings.Password, now);
        var trust = new PrivateCaTrust(ClusterCa.Load(settings, now));
        if (trust.Check(certificate, at: now) is { } refusal)
        {
            certificate.Dispose();
            throw new TlsSettingsException(
                $"{TlsFlags.Certificate} '{file}': {refusal}; give a certificate from this cluster's CA, or {TlsFlags.Ca} with the CA that issued it");
        }

        // A folder's pick is pinned rather than left to Akka's folder source, which re-reads the
        // folder as connections are made: it would also weigh the CA's certificate kept there and
        // warn that it cannot be used, and could pick a certificate this check never saw.
        return new LoadedTls(
            new DotNettySslSetup(certificate, suppressValidation: false, requireMutualAuthentication: true, validateCertificateHostname: false, trust.Validator()),
            certificate.Subject,
            file);
    }
}
