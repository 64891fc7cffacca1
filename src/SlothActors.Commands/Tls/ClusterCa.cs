using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SlothActors.Commands.Tls;

/// <summary>The private CA's certificate: the only root a process trusts for remoting.</summary>
internal static class ClusterCa
{
    /// <summary>Where the CA is looked for: <see cref="TlsSettings.CaPath"/>, else <c>ca.crt</c> beside the certificate file or in its folder.</summary>
    public static string PathFor(TlsSettings settings) =>
        settings.CaPath ?? Path.Combine(
            Directory.Exists(settings.CertificatePath) ? settings.CertificatePath : Path.GetDirectoryName(Path.GetFullPath(settings.CertificatePath))!,
            TlsFlags.DefaultCaFileName);

    /// <exception cref="TlsSettingsException">No CA certificate there, or not a usable CA.</exception>
    public static X509Certificate2 Load(TlsSettings settings, DateTime now)
    {
        var path = PathFor(settings);
        if (!File.Exists(path))
        {
            throw new TlsSettingsException(settings.CaPath is null
                ? $"no CA certificate beside {TlsFlags.Certificate} at '{path}': put the private CA's certificate there, or give {TlsFlags.Ca} FILE"
                : $"{TlsFlags.Ca} '{path}' does not exist: give the private CA's certificate (ca.crt, PEM) that issued the cluster's certificates");
        }

        X509Certificate2 ca;
        try
        {
            ca = X509CertificateLoader.LoadCertificateFromFile(path);
        }
        catch (CryptographicException ex)
        {
            throw new TlsSettingsException($"{TlsFlags.Ca} '{path}' is not a certificate (PEM or DER): give the private CA's certificate, ca.crt", ex);
        }

        var subject = ca.Subject;
        var constraints = ca.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault();
        if (constraints is not { CertificateAuthority: true })
        {
            ca.Dispose();
            throw new TlsSettingsException($"{TlsFlags.Ca} '{path}' ({subject}) is not a CA certificate (no basicConstraints CA:TRUE): give the CA's certificate, not a node's");
        }

        if (now > ca.NotAfter.ToUniversalTime())
        {
            var expired = ca.NotAfter.ToUniversalTime();
            ca.Dispose();
            throw new TlsSettingsException($"{TlsFlags.Ca} '{path}' ({subject}) expired on {expired:u}: make a new CA and new certificates ({TlsFlags.MakeCerts} --force)");
        }

        return ca;
    }
}
