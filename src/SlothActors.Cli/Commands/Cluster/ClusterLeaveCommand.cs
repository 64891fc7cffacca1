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
            "Take a member out gracefully: it stops accepting events, finishes or releases its in-flight events, then exits with code 0. Without NODE, the node --node points at leaves.\n" +
            "Example: sloth --node http://127.0.0.1:8101 cluster leave node-2")
        {
            node,
        };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var target = context.Get(node) is { } given
                ? MemberArgument.Resolve((await context.Client.GetClusterAsync(ct)).Value, given)
                : null;
            var reply = await context.Client.LeaveAsync(target, ct);
            context.Write(reply, value => console.Out.WriteLine(ClusterLines.Left(value)));

            return ExitCodes.Success;
        });
        return command;
    }
}
