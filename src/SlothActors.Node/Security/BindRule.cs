using System.Net;

namespace SlothActors.Node.Security;

/// <summary>
/// A node reachable from other machines must not be open to them: a non-loopback bind needs a
/// token, unless the operator explicitly accepts the risk with <c>--insecure</c>.
/// </summary>
public static class BindRule
{
    /// <summary>The address to listen on, or the reason the node refuses to start.</summary>
    public static (IPAddress? Address, string? Refusal) Check(string bind, string? token, bool insecure)
    {
        if (!TryParse(bind, out var address))
        {
            return (null, $"--bind '{bind}' is not an IP address: use e.g. 127.0.0.1, ::1, 0.0.0.0 or localhost");
        }

        if (IPAddress.IsLoopback(address) || !string.IsNullOrEmpty(token) || insecure)
        {
            return (address, null);
        }

        return (null,
            $"refusing to listen on {bind} without a token: anyone who can reach it could add hooks that run code. " +
            "Set --token (or SLOTH_TOKEN), or pass --insecure to accept the risk, or bind 127.0.0.1.");
    }

    /// <summary><c>localhost</c> or a loopback IP address; a host name other than localhost is not.</summary>
    public static bool IsLoopback(string host) => TryParse(host, out var address) && IPAddress.IsLoopback(address);

    private static bool TryParse(string bind, out IPAddress address)
    {
        if (string.Equals(bind, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
            return true;
        }

        return IPAddress.TryParse(bind, out address!);
    }
}
