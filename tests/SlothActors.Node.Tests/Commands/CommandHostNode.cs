using Akka.Cluster;
using Microsoft.Extensions.DependencyInjection;
using SlothActors.Cli.Client;
using SlothActors.Node.Streaming;
using SlothActors.Node.Tests.Api;
using SlothActors.Node.Tests.Remoting;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Commands;

/// <summary>
/// A whole node in memory that requires a token, reached the way <c>sloth</c> reaches one: over
/// Akka remoting at its free loopback port. Shared by the tests of a class, with one client that
/// holds the token; each test uses its own names.
/// </summary>
public sealed class CommandHostNode : IAsyncLifetime
{
    public const string Token = "cmd-host-token";

    private readonly EngineNode _node = new(followHooks: false, token: Token);

    /// <summary>The node's remoting address, as <c>--node</c> takes it.</summary>
    public string Address { get; private set; } = "";

    /// <summary>A client that sends <see cref="Token"/>.</summary>
    public NodeClient Client { get; private set; } = null!;

    /// <summary>The subscribers to the node's events: one per <c>events tail</c> it serves.</summary>
    public EventStreamHub Streams => _node.App.Services.GetRequiredService<EventStreamHub>();

    public async Task InitializeAsync()
    {
        await _node.InitializeAsync();
        var cluster = AkkaOf.Cluster(_node.App);
        Address = cluster.SelfAddress.ToString();
        Client = new NodeClient(Address, Token);

        // Up before the first event: a node accepts events once it hosts partitions.
        await Poll.UntilAsync(() => cluster.SelfMember.Status == MemberStatus.Up, "the node up");
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        await _node.DisposeAsync();
    }
}
