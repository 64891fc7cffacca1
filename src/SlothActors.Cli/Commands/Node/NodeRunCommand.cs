using System.CommandLine;
using SlothActors.Node.Hosting;

namespace SlothActors.Cli.Commands.Node;

/// <summary>
/// <c>sloth node run</c>: hosts a node in this process. Settings come from appsettings.json
/// (section Node) and SLOTH_* variables; the flags given here override both.
/// </summary>
internal static class NodeRunCommand
{
    /// <summary>What hosting needs beyond the options; the engine wiring provides it.</summary>
    public static Func<NodeOptions, NodeHostParts?> Parts { get; set; } = _ => null;

    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var dataDir = new Option<string?>("--data-dir") { Description = "Directory of the embedded SQLite journal (default: ./.sloth) [env: SLOTH_DATA_DIR]", HelpName = "DIR" };
        var bind = new Option<string?>("--bind") { Description = "Address to listen on (default: 127.0.0.1); any other than loopback needs --token or --insecure [env: SLOTH_BIND]", HelpName = "ADDRESS" };
        var port = new Option<int?>("--port") { Description = "HTTP port (default: 8002) [env: SLOTH_PORT]", HelpName = "PORT" };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0 or > 65535)
            {
                result.AddError("--port must be from 0 to 65535");
            }
        });
        var hooksDir = new Option<string?>("--hooks-dir") { Description = "Register every hook file in DIR at start and follow adds, edits and deletes [env: SLOTH_HOOKS_DIR]", HelpName = "DIR" };
        var insecure = new Option<bool>("--insecure") { Description = "Allow a non-loopback --bind without a token (anyone who reaches it can add hooks)" };
        var maxBody = new Option<long?>("--max-body-bytes") { Description = "Largest request body (default: 8388608) [env: SLOTH_MAX_BODY_BYTES]", HelpName = "BYTES" };
        var maxData = new Option<int?>("--max-data-bytes") { Description = "Largest event data object (default: 1048576) [env: SLOTH_MAX_DATA_BYTES]", HelpName = "BYTES" };
        var maxBatch = new Option<int?>("--max-batch-events") { Description = "Most events per batch (default: 1000) [env: SLOTH_MAX_BATCH_EVENTS]", HelpName = "COUNT" };
        var maxScript = new Option<int?>("--max-script-bytes") { Description = "Largest hook script (default: 262144) [env: SLOTH_MAX_SCRIPT_BYTES]", HelpName = "BYTES" };
        var logFormat = new Option<string?>("--log-format") { Description = "text or json (default: text) [env: SLOTH_LOG_FORMAT]", HelpName = "text|json" };
        logFormat.AcceptOnlyFromAmong("text", "json");
        var grace = new Option<int?>("--shutdown-grace") { Description = "Seconds to let in-flight events finish on Ctrl-C/SIGTERM (default: 30) [env: SLOTH_SHUTDOWN_GRACE_SECONDS]", HelpName = "SECONDS" };

        var run = new Command("run", "Start a node in this process: HTTP API, journal and hooks; Ctrl-C or SIGTERM stops it gracefully.\nExample: sloth node run --hooks-dir ./hooks --port 8002")
        {
            dataDir, bind, port, hooksDir, insecure, maxBody, maxData, maxBatch, maxScript, logFormat, grace,
        };
        CliAction.Set(run, globals, console, async (context, ct) =>
        {
            var options = NodeOptionsReader.Read(NodeOptionsReader.LoadConfiguration(Directory.GetCurrentDirectory()));
            options = options with
            {
                DataDir = context.Get(dataDir) ?? options.DataDir,
                Bind = context.Get(bind) ?? options.Bind,
                Port = context.Get(port) ?? options.Port,
                HooksDir = context.Get(hooksDir) ?? options.HooksDir,
                Insecure = context.Get(insecure) || options.Insecure,
                Token = context.Token ?? options.Token,
                MaxBodyBytes = context.Get(maxBody) ?? options.MaxBodyBytes,
                MaxDataBytes = context.Get(maxData) ?? options.MaxDataBytes,
                MaxBatchEvents = context.Get(maxBatch) ?? options.MaxBatchEvents,
                MaxScriptBytes = context.Get(maxScript) ?? options.MaxScriptBytes,
                LogFormat = context.Get(logFormat) ?? options.LogFormat,
                LogLevel = context.LogLevel is { } level ? NodeOptionsReader.ParseLogLevel(level) : options.LogLevel,
                ShutdownGrace = context.Get(grace) is { } seconds ? TimeSpan.FromSeconds(seconds) : options.ShutdownGrace,
            };
            await NodeHost.RunAsync(options, Parts(options), ct);
            return ExitCodes.Success;
        });

        var node = new Command("node", "Run a node");
        node.Add(run);
        return node;
    }
}
