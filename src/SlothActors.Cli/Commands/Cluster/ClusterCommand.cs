using System.CommandLine;

namespace SlothActors.Cli.Commands.Cluster;

/// <summary><c>sloth cluster ...</c>: the members of a PostgreSQL cluster (pbm's verbs).</summary>
internal static class ClusterCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var cluster = new Command("cluster", "Show and manage the cluster's members: show, leave, down, down-unreachable, tail (the PostgreSQL membership); status, leader, join (Akka.Cluster)");
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
