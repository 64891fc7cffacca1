using Akka.Actor;

namespace SlothActors.Commands.Protocol;

/// <summary>
/// The grammar of a node's remoting address, as <c>--node</c> and <c>--seed</c> take it:
/// <c>akka.tcp://sloth@HOST:PORT</c>, or <c>HOST:PORT</c> as a shorthand for it. An address of
/// another actor system or protocol could never answer, so it is refused up front.
/// </summary>
public static class NodeAddress
{
    public const string Protocol = "akka.tcp";

    /// <summary>Every node's actor system is named this; the CLI's is not, so it can never be taken for a node.</summary>
    public const string SystemName = "sloth";

    /// <summary>Petabridge.Cmd's and Akka's customary node port: where a node listens and the CLI looks unless told otherwise.</summary>
    public const int DefaultPort = 4053;

    public static string Default { get; } = Format("127.0.0.1", DefaultPort);

    public static string Format(string host, int port) => $"{Protocol}://{SystemName}@{host}:{port}";

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

        return address.Protocol == Protocol && address.System == SystemName && !string.IsNullOrEmpty(address.Host) && address.Port is > 0 and <= 65535;
    }
}
