using System.CommandLine;
using SlothActors.Node.Hosting;
using SlothActors.Node.Runtime;

namespace SlothActors.Cli.Commands.Node;

/// <summary>
/// <c>sloth node run</c>: hosts a node in this process. Settings come from appsettings.json
/// and SLOTH_* variables; the flags given here override both.
/// </summary>
internal static class NodeRunCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var dataDir = new Option<string?>("--data-dir") { Description = "Directory of the embedded SQLite journal (default: ./.sloth) [env: SLOTH_DATA_DIR]", HelpName = "DIR" };
        var bind = new Option<string?>("--bind") { Description = "Address to listen on (default: 127.0.0.1); any other than loopback needs --token or --insecure [env: SLOTH_BIND]", HelpName = "ADDRESS" };
        var port = new Option<int?>("--port") { Description = "HTTP port (default: 8002; 0 picks a free one) [env: SLOTH_PORT]", HelpName = "PORT" };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0 or > 65535)
            {
                result.AddError("--port must be from 0 to 65535");
            }
        });
        var hooksDir = new Option<string?>("--hooks-dir") { Description = "Register every hook file in DIR at start and follow adds, edits and deletes; created when missing [env: SLOTH_HOOKS_DIR]", HelpName = "DIR" };
        var insecure = new Option<bool>("--insecure") { Description = "Allow a non-loopback --bind without a token (anyone who reaches it can add hooks)" };
        var config = new Option<string?>("--config") { Description = "Read settings from this JSON file (shaped like appsettings.json) instead of ./appsettings.json", HelpName = "FILE" };
        var limits = new NodeLimitOptions();
        var cluster = new ClusterFlagOptions();
        var remoting = new RemotingFlagOptions();
        var engine = new EngineFlagOptions();
        var logFormat = new Option<string?>("--log-format") { Description = "text or json (default: text) [env: SLOTH_LOG_FORMAT]", HelpName = "text|json" };
        logFormat.AcceptOnlyFromAmong("text", "json");
        var otlp = new Option<string?>("--otlp-endpoint") { Description = "Export traces (HTTP request, dispatch, worker, each hook) to this OTLP/HTTP receiver, e.g. http://127.0.0.1:4318 (default: off) [env: SLOTH_OTLP_ENDPOINT]", HelpName = "URL" };

        var run = new Command("run", "Start a node in this process: HTTP API, journal and hooks; Ctrl-C or SIGTERM stops it gracefully.\nExample: sloth node run --hooks-dir ./hooks --port 8002\nCluster: sloth node run --storage postgres --pg \"Host=...;Database=sloth\" --node-name node-2 --remote-port 4054 --seed 127.0.0.1:4053")
        {
            dataDir, bind, port, hooksDir, insecure, logFormat, otlp, config,
        };
        limits.AddTo(run);
        cluster.AddTo(run);
        remoting.AddTo(run);
        engine.AddTo(run);
        CliAction.Set(run, globals, console, async (context, ct) =>
        {
            var settings = NodeSettingsReader.Read(NodeOptionsReader.LoadConfiguration(Directory.GetCurrentDirectory(), context.Get(config)));
            var node = settings.Node;
            node = remoting.Apply(context, cluster.Apply(context, limits.Apply(context, node))) with
            {
                DataDir = context.Get(dataDir) ?? node.DataDir,
                Bind = context.Get(bind) ?? node.Bind,
                Port = context.Get(port) ?? node.Port,
                HooksDir = context.Get(hooksDir) ?? node.HooksDir,
                Insecure = context.Get(insecure) || node.Insecure,
                Token = context.Token ?? node.Token,
                LogFormat = context.Get(logFormat) ?? node.LogFormat,
                OtlpEndpoint = context.Get(otlp) is { } endpoint ? NodeOptionsReader.ParseOtlpEndpoint(endpoint) : node.OtlpEndpoint,
                LogLevel = context.LogLevel is { } level ? NodeOptionsReader.ParseLogLevel(level) : node.LogLevel,
            };
            try
            {
                await NodeHost.RunAsync(engine.Apply(context, settings with { Node = node }), ct);
            }
            catch (NodeFencedException fenced)
            {
                await console.Error.WriteLineAsync(fenced.Message);
                return ExitCodes.Failure;
            }
            catch (NodeRemotingStoppedException stopped)
            {
                await console.Error.WriteLineAsync(stopped.Message);
                return ExitCodes.Failure;
            }

            return ExitCodes.Success;
        });

        var command = new Command("node", "Run a node");
        command.Add(run);
        return command;
    }
}
