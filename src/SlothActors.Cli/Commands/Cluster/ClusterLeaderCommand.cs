using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Cluster;

internal static class ClusterLeaderCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var command = new Command(
            "leader",
            "The Akka.Cluster leader's address as the node sees it; exit code 1 when it sees none (it is not a member yet).\n" +
            "Example: sloth --node 127.0.0.1:4053 cluster leader");
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var reply = await context.Client.GetClusterAsync(ct);
            context.Write(reply, value => console.Out.WriteLine(ClusterLines.Leader(value)));
            return reply.Value.Leader is null ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}
