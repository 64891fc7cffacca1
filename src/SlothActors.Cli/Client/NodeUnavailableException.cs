namespace SlothActors.Cli.Client;

/// <summary>No node answered at the address (connection refused, unknown host, timeout).</summary>
public sealed class NodeUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    public static NodeUnavailableException At(string url, Exception? inner = null) =>
        new($"no node at {url} - start one with `sloth node run`", inner);
}
