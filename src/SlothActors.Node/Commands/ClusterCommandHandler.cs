using Akka.Actor;
using Microsoft.Extensions.Logging;
using SlothActors.Commands.Cluster;
using SlothActors.Node.Api;
using SlothActors.Node.Hosting;
using SlothActors.Node.Remoting;

namespace SlothActors.Node.Commands;

/// <summary>pbm's cluster verbs, acting on Akka.Cluster through <see cref="ClusterControl"/>, as <c>/cluster</c> does.</summary>
internal sealed class ClusterCommandHandler(ActorSystem system, NodeOptions options, ILoggerFactory loggers)
{
    private readonly ILogger _log = loggers.CreateLogger("SlothActors.Cluster");

    public async Task<object> ShowAsync(CancellationToken ct) =>
        CommandViews.Cluster(await ClusterMembers.ReadAsync(system, options.NodeName, ct).ConfigureAwait(false), options.Storage);

    public async Task<object> LeaveAsync(LeaveMember command, CancellationToken ct)
    {
        var view = await ClusterMembers.ReadAsync(system, options.NodeName, ct).ConfigureAwait(false);
        var (reply, refused) = ClusterControl.Leave(view, Blank(command.Node), _log);
        return refused is not null ? CommandViews.Refused(refused) : Change(reply!);
    }

    public async Task<object> DownAsync(DownMember command, CancellationToken ct)
    {
        if (Blank(command.Node) is not { } node)
        {
            return CommandViews.Refused(new Problems.Problem(400, "missing-field", "Missing field", "node is required: name the member, e.g. node-2 or 127.0.0.1:4054", "node"));
        }

        var view = await ClusterMembers.ReadAsync(system, options.NodeName, ct).ConfigureAwait(false);
        var (reply, refused) = ClusterControl.Down(view, node, _log);
        return refused is not null ? CommandViews.Refused(refused) : Change(reply!);
    }

    public async Task<object> DownUnreachableAsync(CancellationToken ct)
    {
        var view = await ClusterMembers.ReadAsync(system, options.NodeName, ct).ConfigureAwait(false);
        return new DownedMembers([.. ClusterControl.DownUnreachable(view, _log).Select(Change)]);
    }

    public object Join(JoinCluster command)
    {
        var (self, seed, refused) = ClusterControl.Join(system, options, command.Seed ?? "");
        return refused is not null ? CommandViews.Refused(refused) : new JoinReply(self, seed!, "joining");
    }

    private static MemberChange Change(MemberCommandReply reply) => new(reply.Node, reply.Address.ToString(), reply.Status);

    private static string? Blank(string? node) => string.IsNullOrWhiteSpace(node) ? null : node.Trim();
}
