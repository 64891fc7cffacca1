using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Cluster;

internal static class ClusterLeaveCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var node = MemberArgument.Create(ArgumentArity.ZeroOrOne);
        var command = new Command(
            "leave",
            "Take a member out of the Akka cluster gracefully (Cluster.Leave): it stops accepting events, hands over its work, finishes its in-flight events, then its process exits with code 0. Without MEMBER, the node --node points at leaves (on SQLite, a cluster of one, that stops it).\n" +
            "Example: sloth --node 127.0.0.1:4053 cluster leave node-2")
        {
            node,
        };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var reply = await context.Client.LeaveAsync(context.Get(node), ct);
            context.Write(reply, value => console.Out.WriteLine(ClusterLines.Left(value)));

            return ExitCodes.Success;
        });
        return command;
    }
}
