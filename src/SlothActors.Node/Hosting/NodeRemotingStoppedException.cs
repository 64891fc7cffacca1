namespace SlothActors.Node.Hosting;

/// <summary>Akka remoting ended the node's actor system while it ran (a failed TLS handshake); the message says with whom and what to check.</summary>
public sealed class NodeRemotingStoppedException(string message) : Exception(message);
