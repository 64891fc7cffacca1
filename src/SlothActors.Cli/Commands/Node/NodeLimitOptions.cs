using System.CommandLine;
using SlothActors.Node.Hosting;

namespace SlothActors.Cli.Commands.Node;

/// <summary>The input bounds of <c>sloth node run</c> (docs/api.md, Limits).</summary>
internal sealed class NodeLimitOptions
{
    private readonly Option<long?> _maxBody = new("--max-body-bytes") { Description = "Largest request body (default: 8388608) [env: SLOTH_MAX_BODY_BYTES]", HelpName = "BYTES" };
    private readonly Option<int?> _maxData = new("--max-data-bytes") { Description = "Largest event data object (default: 1048576) [env: SLOTH_MAX_DATA_BYTES]", HelpName = "BYTES" };
    private readonly Option<int?> _maxBatch = new("--max-batch-events") { Description = "Most events per batch (default: 1000) [env: SLOTH_MAX_BATCH_EVENTS]", HelpName = "COUNT" };
    private readonly Option<int?> _maxScript = new("--max-script-bytes") { Description = "Largest hook script (default: 262144) [env: SLOTH_MAX_SCRIPT_BYTES]", HelpName = "BYTES" };

    public void AddTo(Command command)
    {
        command.Add(_maxBody);
        command.Add(_maxData);
        command.Add(_maxBatch);
        command.Add(_maxScript);
    }

    public NodeOptions Apply(CommandContext context, NodeOptions options) => options with
    {
        MaxBodyBytes = Positive(context.Get(_maxBody), "--max-body-bytes") ?? options.MaxBodyBytes,
        MaxDataBytes = (int?)Positive(context.Get(_maxData), "--max-data-bytes") ?? options.MaxDataBytes,
        MaxBatchEvents = (int?)Positive(context.Get(_maxBatch), "--max-batch-events") ?? options.MaxBatchEvents,
        MaxScriptBytes = (int?)Positive(context.Get(_maxScript), "--max-script-bytes") ?? options.MaxScriptBytes,
    };

    private static long? Positive(long? value, string name) =>
        value is <= 0 ? throw new NodeOptionsException($"{name} must be a positive number") : value;
}
