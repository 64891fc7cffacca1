using SlothActors.Commands.Cluster;

namespace SlothActors.Cli.Client;

public sealed partial class NodeClient
{
    public Task<Reply<ClusterView>> GetClusterAsync(CancellationToken ct = default) => AskAsync<ClusterView>(new ShowCluster(), ct);

    /// <param name="node">The member to take out (node name, <c>HOST:PORT</c> or Akka address; the node resolves it); null means the node asked.</param>
    public Task<Reply<MemberChange>> LeaveAsync(string? node, CancellationToken ct = default) => AskAsync<MemberChange>(new LeaveMember(node), ct);

    public Task<Reply<MemberChange>> DownAsync(string node, CancellationToken ct = default) => AskAsync<MemberChange>(new DownMember(node), ct);

    /// <param name="seed"><c>HOST:PORT</c> or <c>akka.tcp://sloth@HOST:PORT</c>; the node checks it.</param>
    public Task<Reply<JoinReply>> JoinAsync(string seed, CancellationToken ct = default) => AskAsync<JoinReply>(new JoinCluster(seed), ct);

    public Task<Reply<DownedMembers>> DownUnreachableAsync(CancellationToken ct = default) => AskAsync<DownedMembers>(new DownUnreachable(), ct);

    /// <summary>The current members, then one entry per Akka cluster event, until the node ends the stream or <paramref name="ct"/> fires.</summary>
    public IAsyncEnumerable<Reply<MemberView>> MemberChangesAsync(CancellationToken ct = default) => FollowAsync<MemberView>(new FollowMembers(), ct);
}
