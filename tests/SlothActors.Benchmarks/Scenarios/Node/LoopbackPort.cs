using System.Net;
using System.Net.Sockets;

namespace SlothActors.Benchmarks.Scenarios.Node;

internal static class LoopbackPort
{
    /// <summary>A port free on 127.0.0.1 a moment ago (the OS picks it), for the node to bind.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
