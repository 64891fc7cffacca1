using Akka.Cluster;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SlothActors.Node.Problems;
using SlothActors.Node.Remoting;

namespace SlothActors.Node.Api;

/// <summary>
/// Leave, down and down-unreachable on Akka.Cluster, resolved against one read of its state:
/// what <c>POST /cluster/...</c> and the command host both do, so both refuse the same things
/// with the same words.
/// </summary>
internal static class ClusterControl
{
    /// <param name="node">The member to take out (name, <c>HOST:PORT</c> or address); null means this node.</param>
    /// <returns>What happened to the member, or why nothing did.</returns>
    public static (MemberCommandReply? Reply, Problem? Problem) Leave(ClusterMembers view, string? node, ILogger log)
    {
        var (target, unknown) = node is null ? Self(view) : MemberTarget.Resolve(view, node);
        if (unknown is not null)
        {
            return (null, unknown);
        }

        // A leaving member hands its shards over, drains (coordinated shutdown) and exits with code 0 once removed.
        var name = view.NameOf(target!.Address);
        if (target.Status is MemberStatus.Leaving or MemberStatus.Exiting)
        {
            return (new MemberCommandReply(name, target.Address, Status(target)), null);
        }

        if (target.Status is MemberStatus.Down or MemberStatus.Removed)
        {
            return (null, Conflict($"{name ?? target.Address.ToString()} is {Status(target)}: only a joining or up member can leave"));
        }

        view.Cluster.Leave(target.Address);
        ClusterCommandLog.LeaveRequested(log, target.Address.ToString(), name);
        return (new MemberCommandReply(name, target.Address, "leaving"), null);
    }

    public static (MemberCommandReply? Reply, Problem? Problem) Down(ClusterMembers view, string node, ILogger log)
    {
        var (target, unknown) = MemberTarget.Resolve(view, node);
        if (unknown is not null)
        {
            return (null, unknown);
        }

        return target!.Address.Equals(view.Self)
            ? (null, Conflict($"{node} is this node ({view.Self}): use cluster leave to take this node out"))
            : (Down(view, target, log), null);
    }

    /// <summary>Downs every member this node sees as unreachable, in address order.</summary>
    public static IReadOnlyList<MemberCommandReply> DownUnreachable(ClusterMembers view, ILogger log) =>
        [.. view.State.Unreachable
            .Where(m => m.Status is not (MemberStatus.Down or MemberStatus.Removed))
            .OrderBy(m => m.Address.ToString(), StringComparer.Ordinal)
            .Select(member => Down(view, member, log))];

    /// <summary>Joins this node, not yet a member, to the cluster of <paramref name="seedText"/> (<c>HOST:PORT</c> or an Akka address).</summary>
    /// <returns>This node's address and the parsed seed, or why it cannot join.</returns>
    public static (string? Self, string? Seed, Problem? Problem) Join(Akka.Actor.ActorSystem system, Hosting.NodeOptions options, string seedText)
    {
        string seed;
        try
        {
            seed = SeedAddresses.ParseOne(seedText);
        }
        catch (Hosting.NodeOptionsException ex)
        {
            return (null, null, Problem.Invalid("seed", ex.Message));
        }

        if (!options.IsClustered)
        {
            return (null, null, new Problem(
                StatusCodes.Status409Conflict,
                "single-node",
                "Single node",
                "this node runs on SQLite, which keeps its journal in its own files: it is a cluster of its own and cannot join another (nodes of a cluster share --storage postgres)"));
        }

        var cluster = Akka.Cluster.Cluster.Get(system);
        if (Health.AkkaMemberInfo.Of(system) is not { Status: Health.AkkaMemberInfo.NotAMember })
        {
            // Akka lets a node join once: a member that wants another cluster must restart with --seed.
            return (null, null, new Problem(
                StatusCodes.Status409Conflict,
                "already-a-member",
                "Already a member",
                $"this node ({cluster.SelfAddress}) is already a member of a cluster and an Akka node joins only once; restart it with --seed {seed} to join that cluster instead"));
        }

        seed = SeedAddresses.OnTransport(seed, cluster.SelfAddress.Protocol == SeedAddresses.TlsProtocol);
        cluster.Join(Akka.Actor.Address.Parse(seed));
        return (cluster.SelfAddress.ToString(), seed, null);
    }

    /// <summary>Its partitions recover on the other nodes once Akka has removed it; nothing else to hand back.</summary>
    private static MemberCommandReply Down(ClusterMembers view, Member target, ILogger log)
    {
        var name = view.NameOf(target.Address);
        view.Cluster.Down(target.Address);
        ClusterCommandLog.Downed(log, target.Address.ToString(), name);
        return new MemberCommandReply(name, target.Address, "down");
    }

    /// <summary>A node whose seeds never answered is no member and has nothing to leave.</summary>
    private static (Member? Member, Problem? Problem) Self(ClusterMembers view) =>
        view.Members.FirstOrDefault(m => m.Address.Equals(view.Self)) is { } self
            ? (self, null)
            : (null, Conflict($"this node ({view.Self}) is not a member of a cluster (its seeds never answered): there is nothing to leave; stop it instead"));

    private static string Status(Member member) => Health.AkkaMemberInfo.StatusName(member.Status);

    private static Problem Conflict(string detail) => new(StatusCodes.Status409Conflict, "conflict", "Conflict", detail);
}
