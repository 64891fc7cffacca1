namespace SlothActors.Node.Remoting;

/// <summary>
/// HOCON laid over the node's actor system configuration when registered in the node's services
/// (in-process tests put Akka's throttler transport adapter under remoting this way, to cut a
/// node off the network). A node run from the command line never registers one.
/// </summary>
internal sealed record ExtraAkkaHocon(string Hocon);
