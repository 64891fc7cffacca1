namespace SlothActors.Cli.Client;

/// <summary>No node answered at the address (connection refused, unknown host, TLS refused, timeout).</summary>
public sealed class NodeUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    public static NodeUnavailableException At(string address, string reason, Exception? inner = null) =>
        new($"no node at {address} - start one with `sloth node run` ({reason})", inner);
}
