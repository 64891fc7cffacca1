using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Cluster;

internal static class ClusterTailCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var command = new Command(
            "tail",
            "Follow Akka.Cluster's events: one line per member now, then one per event (member joined, up, left, exited, downed, removed; unreachable, reachable; leader changed, marked ' | leader'), each the member's `show` line after the event's UTC time; Ctrl-C to stop.\n" +
            "Example: sloth --node 127.0.0.1:4053 cluster tail");
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            await foreach (var reply in context.Client.MemberChangesAsync(ct))
            {
                if (context.Json)
                {
                    JsonOutput.Raw(console.Out, reply.Json);
                }
                else
                {
                    console.Out.WriteLine(ClusterLines.Change(reply.Value));
                }

                await console.Out.FlushAsync(ct);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
