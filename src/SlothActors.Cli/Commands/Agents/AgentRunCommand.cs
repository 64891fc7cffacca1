using System.CommandLine;
using SlothActors.Commands.Tls;
using SlothActors.Engine.Hosting;
using SlothActors.Node.Agents;
using SlothActors.Node.Hosting;
using SlothActors.Node.Remoting;

namespace SlothActors.Cli.Commands.Agents;

/// <summary>
/// <c>sloth agent run</c>: joins the cluster at the seeds as an agent (roles <c>agent</c>,
/// <c>agent:NAME</c>, <c>tag:TAG</c>) and stays a member until Ctrl-C or SIGTERM, when it leaves gracefully.
/// </summary>
internal static class AgentRunCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var name = new Option<string>("--name") { Description = "The agent's name, unique in the cluster: 1-63 of a-z, 0-9, '.', '_', '-' (e.g. web-01)", HelpName = "NAME", Required = true };
        var seeds = new Option<string[]>("--seed") { Description = $"A node to join, {SeedAddresses.Protocol}://{EngineServiceCollectionExtensions.SystemName}@HOST:PORT or HOST:PORT; required, repeat for more", HelpName = "ADDRESS", AllowMultipleArgumentsPerToken = false };
        var tags = new Option<string[]>("--tags") { Description = $"What the agent offers hooks, comma separated, at most {AgentRoles.MaxTags} (e.g. linux,web)", HelpName = "TAG,...", AllowMultipleArgumentsPerToken = false };
        var host = new Option<string?>("--remote-host") { Description = $"Address the agent's Akka remoting binds (default: {RemotingDefaults.Host}); any other than loopback needs {TlsFlags.Certificate} (or --remote-insecure)", HelpName = "ADDRESS" };
        var port = new Option<int?>("--remote-port") { Description = "Akka remoting port (default: 0, a free one: the agent dials the nodes)", HelpName = "PORT" };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0 or > 65535)
            {
                result.AddError("--remote-port must be from 0 to 65535");
            }
        });
        var advertise = new Option<string?>("--advertise-host") { Description = "Host name the nodes reach this agent's remoting at (default: --remote-host)", HelpName = "HOST" };
        var insecure = new Option<bool>("--remote-insecure") { Description = "Allow a non-loopback --remote-host without TLS (anyone who reaches the port can join the cluster)" };

        var run = new Command(
            "run",
            "Join a cluster as an agent and stay a member until Ctrl-C or SIGTERM, which leave it gracefully. " +
            "Nodes list it (sloth agent list) and dispatch agent.registered, agent.heartbeat_failed and agent.disconnected; running hooks on agents comes next.\n" +
            "Example: sloth agent run --name web-01 --tags linux,web --seed 127.0.0.1:4053")
        {
            name, seeds, tags, host, port, advertise, insecure,
        };
        CliAction.Set(run, globals, console, async (context, ct) =>
        {
            var options = new AgentOptions
            {
                Name = AgentRoles.ParseName(context.Get(name)),
                Tags = AgentRoles.ParseTags(context.Get(tags) ?? []),
                Seeds = SeedAddresses.Parse(context.Get(seeds) ?? []),
                RemoteHost = context.Get(host) ?? RemotingDefaults.Host,
                RemotePort = context.Get(port) ?? 0,
                AdvertiseHost = context.Get(advertise),
                RemoteInsecure = context.Get(insecure),
                TlsCert = context.TlsCert,
                TlsPassword = context.TlsPassword,
                TlsCa = context.TlsCa,
            };
            var level = context.LogLevel is { } text ? NodeOptionsReader.ParseLogLevel(text) : Microsoft.Extensions.Logging.LogLevel.Information;
            await AgentHost.RunAsync(options, level, ct);
            return ExitCodes.Success;
        });
        return run;
    }
}
