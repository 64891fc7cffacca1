using System.CommandLine;
using SlothActors.Commands.Tls;
using SlothActors.Engine.Hosting;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;
using SlothActors.Node.Remoting;

namespace SlothActors.Cli.Commands.Node;

/// <summary>
/// Where <c>sloth node run</c>'s Akka remoting listens and which cluster it joins; each also
/// reads from the config file (section <c>Node</c>) and the environment.
/// </summary>
internal sealed class RemotingFlagOptions
{
    private readonly Option<string?> _host = new("--remote-host") { Description = $"Address Akka remoting binds (default: {RemotingDefaults.Host}); any other than loopback needs {TlsFlags.Certificate} (or --remote-insecure) [env: SLOTH_REMOTE_HOST]", HelpName = "ADDRESS" };
    private readonly Option<int?> _port = new("--remote-port") { Description = $"Akka remoting port (default: {RemotingDefaults.Port}; 0 picks a free one) [env: SLOTH_REMOTE_PORT]", HelpName = "PORT" };
    private readonly Option<string?> _advertise = new("--advertise-host") { Description = "Host name other nodes reach this node's remoting at, e.g. a compose service name (default: --remote-host) [env: SLOTH_ADVERTISE_HOST]", HelpName = "HOST" };
    private readonly Option<string[]> _seeds = new("--seed") { Description = $"A node to join, {SeedAddresses.Protocol}://{EngineServiceCollectionExtensions.SystemName}@HOST:PORT or HOST:PORT; repeat for more; none: this node seeds its own cluster [env: SLOTH_SEEDS, comma list]", HelpName = "ADDRESS", AllowMultipleArgumentsPerToken = false };
    private readonly Option<bool> _insecure = new("--remote-insecure") { Description = "Allow a non-loopback --remote-host without TLS (anyone who reaches the port can join the cluster and run hooks)" };
    private readonly Option<string?> _stableAfter = new("--stable-after") { Description = "How long membership must be stable before the Split Brain Resolver downs unreachable nodes, e.g. 10s (the default) [env: SLOTH_CLUSTER__STABLEAFTER]", HelpName = "DURATION" };

    public RemotingFlagOptions() =>
        _port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0 or > 65535)
            {
                result.AddError("--remote-port must be from 0 to 65535");
            }
        });

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _host, _port, _advertise, _seeds, _insecure, _stableAfter })
        {
            command.Add(option);
        }
    }

    /// <exception cref="NodeOptionsException">A value is malformed; the message names the flag.</exception>
    public NodeOptions Apply(CommandContext context, NodeOptions options) => options with
    {
        RemoteHost = context.Get(_host) ?? options.RemoteHost,
        RemotePort = context.Get(_port) ?? options.RemotePort,
        AdvertiseHost = context.Get(_advertise) ?? options.AdvertiseHost,
        Seeds = context.Get(_seeds) is { Length: > 0 } seeds ? SeedAddresses.Parse(seeds) : options.Seeds,
        RemoteInsecure = context.Get(_insecure) || options.RemoteInsecure,
        // The global --tls-* options: the node's remoting identity, as they are the CLI's elsewhere.
        TlsCert = context.TlsCert ?? options.TlsCert,
        TlsPassword = context.TlsPassword ?? options.TlsPassword,
        TlsCa = context.TlsCa ?? options.TlsCa,
        Cluster = context.Get(_stableAfter) is { } text
            ? options.Cluster with { StableAfter = ClusterOptionsReader.ParseDuration(text, "--stable-after") }
            : options.Cluster,
    };
}
