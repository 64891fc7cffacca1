using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Cluster;

internal static class ClusterDownCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var node = MemberArgument.Create(ArgumentArity.ExactlyOne);
        var command = new Command(
            "down",
            "Mark a member down in the Akka cluster (Cluster.Down), for a member that is dead or must be fenced: the cluster removes it, the events it held are released to the other members at once, and if it still runs it stops and exits with code 1. Downing the node you talk to is refused; for a healthy member prefer `cluster leave`.\n" +
            "Example: sloth --node 127.0.0.1:4053 cluster down node-2")
        {
            node,
        };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var reply = await context.Client.DownAsync(context.Get(node)!, ct);
            context.Write(reply, value => console.Out.WriteLine(ClusterLines.Downed(value)));

            return ExitCodes.Success;
        });
        return command;
    }
}
