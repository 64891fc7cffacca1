using SlothActors.Commands.Tls;
using SlothActors.Node.Security;

namespace SlothActors.Node.Remoting;

/// <summary>
/// Akka.Remote without TLS authenticates nobody: whoever reaches its port can join the cluster
/// and message any actor, which means running hooks. So remoting beyond loopback needs mutual
/// TLS with the cluster's private CA (<c>--tls-cert</c>), or the operator explicitly accepting
/// that risk (<c>--remote-insecure</c>), as HTTP needs a token or <c>--insecure</c> off loopback.
/// </summary>
public static class RemotingBindRule
{
    /// <summary>The reason the node refuses to start, or null.</summary>
    public static string? Check(string host, bool insecure, bool tls)
    {
        if (!BindRule.IsLoopback(host) && !insecure && !tls)
        {
            return $"refusing to bind Akka remoting on {host} without TLS: anyone who can reach its port could join the cluster and run hooks. " +
                $"Pass {TlsFlags.Certificate} with a certificate from the cluster's private CA ({TlsFlags.MakeCerts} makes them) for mutual TLS, " +
                "bind --remote-host 127.0.0.1 (the default), or pass --remote-insecure to accept the risk on a network you trust.";
        }

        return null;
    }
}
