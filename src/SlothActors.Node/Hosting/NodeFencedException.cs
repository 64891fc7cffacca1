namespace SlothActors.Node.Hosting;

/// <summary>
/// The cluster took this node out (its member row is down or removed) while it ran, so it
/// stopped processing and exited; the message says what happened and what to do.
/// </summary>
public sealed class NodeFencedException(string message) : Exception(message);
