using System.Net;

namespace SlothActors.Node.Cluster;

/// <summary>The URL this node tells the others: the configured one, or built from the bind address and the port it really got.</summary>
public static class NodeAddress
{
    public static string Resolve(string? advertised, string bind, int port)
    {
        if (advertised is not null)
        {
            return advertised.TrimEnd('/');
        }

        // A wildcard bind is not an address anyone can dial; loopback is right for nodes on one machine.
        var host = bind is "0.0.0.0" or "::" or "[::]" or "*" or "+" ? IPAddress.Loopback.ToString() : bind;
        if (IPAddress.TryParse(host, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            host = $"[{host}]";
        }

        return $"http://{host}:{port}";
    }
}
