using Akka.Actor;

namespace SlothActors.Node.Remoting;

/// <summary>
/// Akka.Remote ends the whole actor system when a TLS handshake it started fails (a seed of
/// another CA, or one without TLS), and the host stops with it. Its shutdown reason is internal
/// to Akka, so it is known here by its type name; the node then exits with an error instead of
/// looking like it stopped in good order.
/// </summary>
public static class TlsHandshakeStop
{
    private const string ReasonTypeName = "TlsHandshakeFailureReason";

    /// <summary>Why the system stopped, when a failed outbound TLS handshake stopped it; else null.</summary>
    public static string? Describe(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return CoordinatedShutdown.Get(system).ShutdownReason is { } reason && reason.GetType().Name == ReasonTypeName
            ? $"this node's Akka remoting stopped: {reason} (its log says why the peer was refused). " +
                "Check that every node and seed uses TLS with a certificate from the same CA"
            : null;
    }
}
