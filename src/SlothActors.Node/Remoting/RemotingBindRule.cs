using SlothActors.Node.Security;

namespace SlothActors.Node.Remoting;

/// <summary>
/// Akka.Remote without TLS authenticates nobody: whoever reaches its port can join the cluster
/// and message any actor, which means running hooks. So remoting binds loopback unless the
/// operator explicitly accepts that risk (<c>--remote-insecure</c>), as HTTP needs a token or
/// <c>--insecure</c> off loopback.
/// </summary>
public static class RemotingBindRule
{
    /// <summary>The reason the node refuses to start, or null.</summary>
    public static string? Check(string host, bool insecure)
    {
        if (!BindRule.IsLoopback(host) && !insecure)
        {
            return $"refusing to bind Akka remoting on {host} without TLS: anyone who can reach its port could join the cluster and run hooks. " +
                "Bind --remote-host 127.0.0.1 (the default), or pass --remote-insecure to accept the risk on a network you trust " +
                "(mutual TLS for remoting is not available yet).";
        }

        return null;
    }
}
