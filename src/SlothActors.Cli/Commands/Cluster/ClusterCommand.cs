using System.CommandLine;

namespace SlothActors.Cli.Commands.Cluster;

/// <summary><c>sloth cluster ...</c>: the members of the node's Akka cluster (pbm's verbs).</summary>
internal static class ClusterCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var cluster = new Command("cluster", "Show and manage the Akka cluster's members: show (or status), leader, leave, down, down-unreachable, tail, join");
        cluster.Add(ClusterShowCommand.Create(globals, console));
        cluster.Add(ClusterLeaveCommand.Create(globals, console));
        cluster.Add(ClusterDownCommand.Create(globals, console));
        cluster.Add(ClusterDownUnreachableCommand.Create(globals, console));
        cluster.Add(ClusterTailCommand.Create(globals, console));
        cluster.Add(ClusterStatusCommand.Create(globals, console));
        cluster.Add(ClusterLeaderCommand.Create(globals, console));
        cluster.Add(ClusterJoinCommand.Create(globals, console));
        return cluster;
    }
}
