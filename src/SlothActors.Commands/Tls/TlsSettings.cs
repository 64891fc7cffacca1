using System.Text;

namespace SlothActors.Commands.Tls;

/// <summary>
/// Where a process finds its remoting identity: <paramref name="CertificatePath"/> is a PKCS#12
/// file (.pfx/.p12) with the certificate and its private key, or a folder holding such files;
/// <paramref name="CaPath"/> is the private CA's certificate, <c>ca.crt</c> beside the file (or
/// in the folder) when not given.
/// </summary>
public sealed record TlsSettings(string CertificatePath, string? Password = null, string? CaPath = null)
{
    // Records print every property; the password must never reach a log line or an exception message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"CertificatePath = {CertificatePath}, Password = {(Password is null ? "(none)" : "***")}, CaPath = {CaPath}");
        return true;
    }
}
