namespace SlothActors.Node.Hosting;

/// <summary>A setting is invalid or the node refuses to start with it; the message says which and why.</summary>
public sealed class NodeOptionsException(string message) : Exception(message);
