using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Cluster;

internal static class ClusterShowCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var command = new Command(
            "show",
            "One line per member: name@host:port | [roles] | status | reachability | version, ' | leader' on the leader's line, then 'Count: N nodes'. A SQLite node lists itself.\n" +
            "Example: sloth --node http://127.0.0.1:8101 cluster show");
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
