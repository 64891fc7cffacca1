using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Cluster;

internal static class ClusterShowCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var command = new Command(
            "show",
            "Akka.Cluster's members as the node sees them, one line each in pbm's shape: akka.tcp://sloth@HOST:PORT | [roles] | status | reachability, then 'Count: N nodes'. With -o json also each member's node name and which is the leader and which the node asked. A SQLite node is a cluster of one and lists itself.\n" +
            "Example: sloth --node 127.0.0.1:4053 cluster show");
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var reply = await context.Client.GetClusterAsync(ct);
            context.Write(reply, value =>
            {
                foreach (var line in ClusterLines.Show(value))
                {
                    console.Out.WriteLine(line);
                }
            });

            return ExitCodes.Success;
        });
        return command;
    }
}
