namespace SlothActors.Commands.Tls;

/// <summary>
/// The names the node and the CLI give the TLS settings, so that every message of the loader
/// tells the operator which flag (or variable) to change.
/// </summary>
public static class TlsFlags
{
    public const string Certificate = "--tls-cert";
    public const string Password = "--tls-password";
    public const string Ca = "--tls-ca";

    /// <summary>The CA's certificate is looked for under this name beside the certificate file, or in its folder.</summary>
    public const string DefaultCaFileName = "ca.crt";

    /// <summary>The script that makes a private CA and the certificates signed by it.</summary>
    public const string MakeCerts = "cluster-config/make-certs.sh";
}
