using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SlothActors.Journal.Cluster;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Cluster;

/// <summary>
/// A node on SQLite is a cluster of one: it lists itself (up, reachable, leader) so that
/// <c>cluster show</c> works the same everywhere, and refuses leave and down.
/// </summary>
internal sealed class SingleNodeMembership(NodeOptions options, IServer server, TimeProvider time) : IClusterMembership
{
    public const string NoCluster = "this node runs on SQLite: there is no cluster to leave; stop the node instead";

    private readonly DateTimeOffset _started = time.GetUtcNow();

    public string Storage => StorageKinds.Sqlite;

    public string Self => options.NodeName;

    public MemberStatus SelfStatus => MemberStatus.Up;

    public bool IsLeader => true;

    /// <summary>Nothing ever changes; the stream shows the one member and then only pings.</summary>
    public MemberChangeHub Changes { get; } = new();

    public Task<ClusterSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var self = new ClusterMember(
            Self, NodeAddress.Resolve(options.AdvertiseAddress, options.Bind, Port()), options.Roles, NodeVersion.Current,
            MemberStatus.Up, _started, _started, now, now, Reachable: true);
        return Task.FromResult(new ClusterSnapshot([self], Self, now));
    }

    public Task<ClusterCommandResult> LeaveAsync(string? node, CancellationToken cancellationToken) =>
        Task.FromResult(ClusterCommandResult.Conflict(node ?? Self, NoCluster));

    public Task<ClusterCommandResult> DownAsync(string node, CancellationToken cancellationToken) =>
        Task.FromResult(ClusterCommandResult.Conflict(node, NoCluster));

    public Task<IReadOnlyList<ClusterCommandResult>> DownUnreachableAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ClusterCommandResult>>([]);

    private int Port() =>
        (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Select(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) ? uri.Port : -1)
            .FirstOrDefault(p => p > 0, options.Port);
}
