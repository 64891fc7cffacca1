namespace SlothActors.Cli.Client;

/// <summary>The node answered with an error; <see cref="Exception.Message"/> is its one-line reason.</summary>
public sealed class NodeReplyException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
