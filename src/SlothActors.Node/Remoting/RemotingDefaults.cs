namespace SlothActors.Node.Remoting;

/// <summary>Where a node's Akka remoting listens unless told otherwise.</summary>
public static class RemotingDefaults
{
    /// <summary>Loopback: remoting authenticates nobody without TLS (see <see cref="RemotingBindRule"/>).</summary>
    public const string Host = "127.0.0.1";

    /// <summary>Petabridge.Cmd's and Akka's customary node port, which the CLI will look for.</summary>
    public const int Port = 4053;
}
