namespace SlothActors.Cli.Client;

/// <summary>
/// What the CLI tells the user when remoting could not reach the node, from the reason Akka
/// gives: nothing listening is "no node" (exit code 3); a node that hung up on a CLI without a
/// certificate, or a TLS handshake that failed, is a refusal with what to change (exit code 1).
/// </summary>
internal static class ConnectionFailure
{
    public static Exception Describe(string address, string reason, bool withTls)
    {
        if (reason.Contains("refused", StringComparison.OrdinalIgnoreCase) && reason.Contains("connection", StringComparison.OrdinalIgnoreCase)
            && !reason.Contains("certificate", StringComparison.OrdinalIgnoreCase))
        {
            return NodeUnavailableException.At(address, reason);
        }

        if (withTls && (reason.Contains("certificate", StringComparison.OrdinalIgnoreCase) || reason.Contains("SSL", StringComparison.Ordinal) || reason.Contains("TLS", StringComparison.Ordinal)))
        {
            return new NodeReplyException(
                CommandRefused.Unauthorized,
                $"the TLS handshake with {address} failed ({reason}): the node's certificate must come from the CA of --tls-cert/--tls-ca, and the node must trust this CLI's");
        }

        if (!withTls && reason.Contains("disassociated", StringComparison.OrdinalIgnoreCase))
        {
            return new NodeReplyException(
                CommandRefused.Unauthorized,
                $"the node at {address} hung up ({reason}); if its remoting requires mutual TLS, pass --tls-cert (or SLOTH_TLS_CERT) with a certificate from its cluster's CA");
        }

        return NodeUnavailableException.At(address, reason);
    }
}
