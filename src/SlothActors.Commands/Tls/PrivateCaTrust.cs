using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Akka.Event;
using Akka.Remote.Transport.DotNetty;

namespace SlothActors.Commands.Tls;

/// <summary>
/// Trusts the cluster's private CA and nothing else: a peer is authenticated when its certificate
/// chains to that CA, whatever the machine's store says. Akka's own chain check
/// (<see cref="CertificateValidation.ValidateChain"/>) trusts the machine's store, which would let
/// any publicly issued certificate in, and rejects our private CA unless it is installed there.
/// </summary>
internal sealed class PrivateCaTrust(X509Certificate2 ca)
{
    public X509Certificate2 Ca { get; } = ca;

    /// <summary>Null when <paramref name="certificate"/> chains to the CA (at <paramref name="at"/>, or now), else why not.</summary>
    /// <param name="intermediates">Certificates the peer sent along, to build the chain through.</param>
    public string? Check(X509Certificate2 certificate, X509Certificate2Collection? intermediates = null, DateTime? at = null)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Ca);
        // A private CA publishes no revocation lists, and nothing may be fetched from the network.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        if (at is { } time)
        {
            chain.ChainPolicy.VerificationTime = time;
            chain.ChainPolicy.VerificationTimeIgnored = false;
        }

        if (intermediates is not null)
        {
            chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        }

        try
        {
            var built = chain.Build(certificate);
            var root = chain.ChainElements.Count > 0 ? chain.ChainElements[^1].Certificate : null;
            if (built && root is not null && root.RawDataMemory.Span.SequenceEqual(Ca.RawDataMemory.Span))
            {
                return null;
            }

            var status = chain.ChainStatus.Length == 0
                ? "it does not chain to the CA"
                : string.Join(", ", chain.ChainStatus.Select(s => s.Status).Distinct());
            return $"certificate '{certificate.Subject}' (issued by '{certificate.Issuer}') is not issued by the cluster's CA '{Ca.Subject}' ({status})";
        }
        finally
        {
            foreach (var element in chain.ChainElements)
            {
                element.Certificate.Dispose();
            }
        }
    }

    /// <summary>
    /// The check Akka runs on every TLS handshake, both ways: a node checks the certificate of a
    /// peer that connects to it and of a peer it connects to. The SSL policy errors are not
    /// consulted: the chain error comes from the machine's store, which is not who we trust, and
    /// a name mismatch is expected (nodes are addressed by IP or service name; hostname checks
    /// are off by design). Only a missing certificate counts.
    /// </summary>
    public CertificateValidationCallback Validator() => (certificate, chain, peer, _, log) =>
    {
        if (certificate is null)
        {
            log.Warning("TLS peer {0} refused: it presented no certificate, and remoting requires mutual TLS with this cluster's CA", peer);
            return false;
        }

        var reason = Check(certificate, Intermediates(certificate, chain));
        if (reason is null)
        {
            return true;
        }

        log.Error("TLS peer {0} refused: {1}", peer, reason);
        return false;
    };

    private static X509Certificate2Collection? Intermediates(X509Certificate2 certificate, X509Chain? chain)
    {
        if (chain is null || chain.ChainElements.Count <= 1)
        {
            return null;
        }

        var collection = new X509Certificate2Collection();
        foreach (var element in chain.ChainElements)
        {
            if (!element.Certificate.RawDataMemory.Span.SequenceEqual(certificate.RawDataMemory.Span))
            {
                collection.Add(element.Certificate);
            }
        }

        return collection;
    }
}
