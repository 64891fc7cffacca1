using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Cluster;

internal static class ClusterJoinCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var seed = new Argument<string>("SEED") { Description = "The node to join: HOST:PORT of its Akka remoting, or akka.tcp://sloth@HOST:PORT" };
        var command = new Command(
            "join",
            "Make the node join the Akka cluster of SEED. Only a node that is not a member yet can (one started with seeds that never answered): an Akka node joins once, so a member is refused and must be restarted with --seed.\n" +
            "Example: sloth --node 127.0.0.1:4054 cluster join 127.0.0.1:4053")
        {
            seed,
        };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var reply = await context.Client.JoinAsync(context.Get(seed)!, ct);
            context.Write(reply, value => console.Out.WriteLine(ClusterLines.Joining(value)));
            return ExitCodes.Success;
        });
        return command;
    }
}
