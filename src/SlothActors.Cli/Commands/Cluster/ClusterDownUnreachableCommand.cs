using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Cluster;

internal static class ClusterDownUnreachableCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var command = new Command(
            "down-unreachable",
            "Mark down every member the node sees unreachable (Akka's failure detector) and release the events they held; one line per downed member.\n" +
            "Example: sloth --node 127.0.0.1:4053 cluster down-unreachable");
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var reply = await context.Client.DownUnreachableAsync(ct);
            context.Write(reply, value =>
            {
                foreach (var line in ClusterLines.Downed(value))
                {
                    console.Out.WriteLine(line);
                }
            });

            return ExitCodes.Success;
        });
        return command;
    }
}
