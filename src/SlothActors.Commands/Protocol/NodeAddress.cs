using Akka.Actor;

namespace SlothActors.Commands.Protocol;

/// <summary>
/// The grammar of a node's remoting address, as <c>--node</c> and <c>--seed</c> take it:
/// <c>akka.tcp://sloth@HOST:PORT</c> (<c>akka.ssl.tcp://</c> over TLS), or <c>HOST:PORT</c> as a
/// shorthand for it. An address of
/// another actor system or protocol could never answer, so it is refused up front.
/// </summary>
public static class NodeAddress
{
    public const string Protocol = "akka.tcp";

    /// <summary>Akka's name for remoting over TLS: a node with a certificate is reached only under this one.</summary>
    public const string TlsProtocol = "akka.ssl.tcp";

    /// <summary>Every node's actor system is named this; the CLI's is not, so it can never be taken for a node.</summary>
    public const string SystemName = "sloth";

    /// <summary>Petabridge.Cmd's and Akka's customary node port: where a node listens and the CLI looks unless told otherwise.</summary>
    public const int DefaultPort = 4053;

    public static string Default { get; } = Format("127.0.0.1", DefaultPort);

    public static string Format(string host, int port) => $"{Protocol}://{SystemName}@{host}:{port}";

    /// <summary>The same node reached over TLS or not: Akka tells the two transports apart only by protocol.</summary>
    public static Address OnTransport(Address address, bool tls) =>
        address.Protocol is Protocol or TlsProtocol ? new Address(tls ? TlsProtocol : Protocol, address.System, address.Host, address.Port) : address;

    /// <summary>Parses and normalizes; false when the text is not a node address.</summary>
    public static bool TryParse(string text, out Address address)
    {
        address = Address.AllSystems;
        var trimmed = text.Trim();
        var full = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : $"{Protocol}://{SystemName}@{trimmed}";
        try
        {
            address = Address.Parse(full);
        }
        catch (Exception ex) when (ex is UriFormatException or ArgumentException or FormatException)
        {
            return false;
        }

        return address.Protocol is Protocol or TlsProtocol && address.System == SystemName && !string.IsNullOrEmpty(address.Host) && address.Port is > 0 and <= 65535;
    }
}
