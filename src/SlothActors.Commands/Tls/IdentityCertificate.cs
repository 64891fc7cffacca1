using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SlothActors.Commands.Tls;

/// <summary>
/// The certificate a process presents, with its private key: one PKCS#12 file, or the best of
/// the PKCS#12 files in a folder, picked by the rule of Akka's own folder support (usable now,
/// allowed for both client and server authentication, issued last), so that renewing means
/// putting the new file beside the old one and restarting.
/// </summary>
internal static class IdentityCertificate
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";
    private static readonly string[] Extensions = [".pfx", ".p12"];

    /// <returns>The certificate and the file it came from.</returns>
    /// <exception cref="TlsSettingsException">Nothing usable at <paramref name="path"/>; the message says why.</exception>
    public static (X509Certificate2 Certificate, string File) Load(string path, string? password, DateTime now)
    {
        if (File.Exists(path))
        {
            var certificate = Open(path, password);
            if (Unusable(certificate, now) is { } reason)
            {
                certificate.Dispose();
                throw new TlsSettingsException($"{TlsFlags.Certificate} '{path}' {reason}");
            }

            return (certificate, path);
        }

        if (Directory.Exists(path))
        {
            return Pick(path, password, now);
        }

        throw new TlsSettingsException(
            $"{TlsFlags.Certificate} '{path}' does not exist: give the PKCS#12 file (.pfx/.p12) with this process's certificate and private key, or a folder holding one ({TlsFlags.MakeCerts} makes them)");
    }

    private static (X509Certificate2, string) Pick(string folder, string? password, DateTime now)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(file => Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new TlsSettingsException(
                $"{TlsFlags.Certificate} folder '{folder}' holds no .pfx or .p12 file: put this process's PKCS#12 certificate there ({TlsFlags.MakeCerts} makes them)");
        }

        (X509Certificate2 Certificate, string File)? best = null;
        string? firstRefusal = null;
        foreach (var file in files)
        {
            X509Certificate2 certificate;
            try
            {
                certificate = Open(file, password);
            }
            catch (TlsSettingsException ex)
            {
                firstRefusal ??= ex.Message;
                continue;
            }

            if (Unusable(certificate, now) is { } reason)
            {
                firstRefusal ??= $"{TlsFlags.Certificate} '{file}' {reason}";
                certificate.Dispose();
            }
            else if (best is null || certificate.NotBefore > best.Value.Certificate.NotBefore)
            {
                best?.Certificate.Dispose();
                best = (certificate, file);
            }
            else
            {
                certificate.Dispose();
            }
        }

        return best ?? throw new TlsSettingsException(
            $"{TlsFlags.Certificate} folder '{folder}' holds no usable certificate; the first refused: {firstRefusal}");
    }

    private static X509Certificate2 Open(string file, string? password)
    {
        if (X509Certificate2.GetCertContentType(file) != X509ContentType.Pkcs12)
        {
            throw new TlsSettingsException(
                $"{TlsFlags.Certificate} '{file}' is not a PKCS#12 file (.pfx/.p12): bundle the certificate with its private key (openssl pkcs12 -export), or make one with {TlsFlags.MakeCerts}");
        }

        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(file, password, X509KeyStorageFlags.DefaultKeySet);
        }
        catch (CryptographicException ex)
        {
            var what = string.IsNullOrEmpty(password)
                ? $"needs a password: give {TlsFlags.Password} (or SLOTH_TLS_PASSWORD)"
                : $"cannot be opened with the password given ({TlsFlags.Password} / SLOTH_TLS_PASSWORD): check the password";
            throw new TlsSettingsException($"{TlsFlags.Certificate} '{file}' {what}", ex);
        }
    }

    /// <summary>Why the certificate cannot be this process's mutual-TLS identity, or null.</summary>
    private static string? Unusable(X509Certificate2 certificate, DateTime now)
    {
        var subject = $"({certificate.Subject})";
        if (!certificate.HasPrivateKey)
        {
            return $"{subject} holds no private key: export the PKCS#12 file with its key (openssl pkcs12 -export -inkey KEY)";
        }

        if (now > certificate.NotAfter.ToUniversalTime())
        {
            return $"{subject} expired on {Stamp(certificate.NotAfter)}: make a new one ({TlsFlags.MakeCerts})";
        }

        if (now < certificate.NotBefore.ToUniversalTime())
        {
            return $"{subject} is not valid until {Stamp(certificate.NotBefore)}: check this machine's clock";
        }

        // Mutual TLS presents the same certificate as a server (to peers connecting in) and as a
        // client (when connecting out); Akka's folder source refuses one that allows only one role.
        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault();
        if (usages is not null && !(Allows(usages, ServerAuthentication) && Allows(usages, ClientAuthentication)))
        {
            return $"{subject} does not allow both client and server authentication: issue it with extendedKeyUsage = serverAuth, clientAuth";
        }

        return null;
    }

    private static bool Allows(X509EnhancedKeyUsageExtension usages, string oid) =>
        usages.EnhancedKeyUsages.Cast<Oid>().Any(usage => usage.Value == oid);

    private static string Stamp(DateTime time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
