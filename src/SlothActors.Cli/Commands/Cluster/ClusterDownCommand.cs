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
            "Mark a member down (it is dead or must be fenced): the events it held are released to the other members at once; if it is still running it stops processing and exits. For a healthy member prefer `cluster leave`.\n" +
            "Example: sloth --node http://127.0.0.1:8101 cluster down node-2@127.0.0.1:8102")
        {
            node,
        };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var target = MemberArgument.Resolve((await context.Client.GetClusterAsync(ct)).Value, context.Get(node));
            var reply = await context.Client.DownAsync(target, ct);
            context.Write(reply, value => console.Out.WriteLine(ClusterLines.Downed(value)));

            return ExitCodes.Success;
        });
        return command;
    }
}
