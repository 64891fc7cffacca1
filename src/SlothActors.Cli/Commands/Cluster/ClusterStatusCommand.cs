using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Cluster;

internal static class ClusterStatusCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var command = new Command(
            "status",
            "The same as `cluster show` (the name pbm gives it): Akka.Cluster's members as the node sees them, one line each, akka.tcp://sloth@HOST:PORT | [roles] | status | reachability, then 'Count: N nodes'.\n" +
            "Example: sloth --node 127.0.0.1:4053 cluster status");
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
