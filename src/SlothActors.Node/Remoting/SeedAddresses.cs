using System.Globalization;
using SlothActors.Engine.Hosting;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Remoting;

/// <summary>
/// The grammar of <c>--seed</c>: <c>akka.tcp://sloth@HOST:PORT</c> (<c>akka.ssl.tcp://</c> with
/// TLS), or <c>HOST:PORT</c> as a shorthand for it. A seed of another actor system or protocol
/// could never be joined, so it is refused at start instead of showing up as a node that waits forever.
/// </summary>
public static class SeedAddresses
{
    public const string Protocol = "akka.tcp";

    /// <summary>The protocol of a node whose remoting is TLS: Akka names its transport <c>ssl.tcp</c>.</summary>
    public const string TlsProtocol = SlothActors.Commands.Protocol.NodeAddress.TlsProtocol;
    public const int MaxSeeds = 16;

    /// <summary>A comma list (environment, settings) or repeated flags, each checked and normalized.</summary>
    /// <exception cref="NodeOptionsException">A seed is malformed or there are too many.</exception>
    public static IReadOnlyList<string> Parse(IEnumerable<string> texts)
    {
        var seeds = texts
            .SelectMany(static text => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(ParseOne)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return seeds.Count <= MaxSeeds
            ? seeds
            : throw new NodeOptionsException($"{seeds.Count} seeds given; at most {MaxSeeds} (three or five are plenty)");
    }

    /// <exception cref="NodeOptionsException">Not a seed address of this product's actor system.</exception>
    public static string ParseOne(string text) =>
        SlothActors.Commands.Protocol.NodeAddress.TryParse(text, out var address) ? address.ToString() : throw Refused(text.Trim());

    /// <summary>
    /// The address with the protocol of this node's transport. TLS and plain remoting are told
    /// apart only by the protocol, and a node can reach a peer only over its own transport, so a
    /// seed written for the other one (or as HOST:PORT) is meant for this one. Any other protocol
    /// (a transport adapter's, as tests use) is left as it is.
    /// </summary>
    public static string OnTransport(string address, bool tls)
    {
        var parsed = Akka.Actor.Address.Parse(address.Contains("://", StringComparison.Ordinal) ? address : ParseOne(address));
        return SlothActors.Commands.Protocol.NodeAddress.OnTransport(parsed, tls).ToString();
    }

    public static string Format(string host, int port) =>
        string.Create(CultureInfo.InvariantCulture, $"{Protocol}://{EngineServiceCollectionExtensions.SystemName}@{host}:{port}");

    private static NodeOptionsException Refused(string seed) => new(
        $"seed '{MemberNames.Shorten(seed)}' is not a node address: use {Protocol}://{EngineServiceCollectionExtensions.SystemName}@HOST:PORT ({TlsProtocol}:// with TLS, or HOST:PORT), e.g. {Format("10.0.0.5", RemotingDefaults.Port)}");
}
